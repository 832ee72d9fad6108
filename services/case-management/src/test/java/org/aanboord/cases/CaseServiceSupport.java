package org.aanboord.cases;

import java.time.Instant;
import java.time.ZoneId;

import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One service context for every test class, against the real in-JVM Kafka broker and the MongoDB-wire store. The
 * service's clock stands on a Friday afternoon in Brussels until a test moves it.
 */
@SpringBootTest(properties = {"spring.config.name=case-management", "aanboord.cases.deadline-watch-interval=1h"})
@AutoConfigureMockMvc
@Import(CaseServiceSupport.TestClock.class)
abstract class CaseServiceSupport {

    static final Instant FRIDAY = Instant.parse("2026-11-20T13:01:03Z");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(FRIDAY, BRUSSELS);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "case-management-it");
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    @Autowired
    MutableClock clock;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY);
    }
}
