package org.aanboord.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.aanboord.agreements.application.AgreementPublishing;
import org.aanboord.agreements.application.AgreementQueries;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.contracts.Topic;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Against the real in-JVM Kafka broker and the MongoDB-wire store. */
@SpringBootTest(properties = "spring.config.name=stakeholder-agreements")
@AutoConfigureMockMvc
class StakeholderAgreementsIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "agreements-it");
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    @Autowired
    MockMvc http;
    @Autowired
    AgreementPublishing publishing;
    @Autowired
    AgreementQueries queries;

    @Test
    void theDemoAgreementIsPublishedOnceOnTheCompactedTopicEvenWhenSeededAgain() throws Exception {
        try (TopicProbe topic = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.AGREEMENTS_LIFECYCLE.wireName())) {
            topic.awaitAtLeast(1, record -> "agreement-demo:v1".equals(record.key()));
            AgreementVersion demo = queries.version("agreement-demo", 1).orElseThrow();

            assertThat(publishing.publish(demo)).as("publishing the same version again is a no-op").isFalse();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                    topic.matching(record -> "agreement-demo:v1".equals(record.key())).size() == 1);
            assertThat(TopicProbe.header(topic.records().get(0), CloudEventHeaders.TYPE))
                    .isEqualTo("org.aanboord.agreements.AgreementPublished.v1");
        }
        http.perform(get("/api/agreements/agreement-demo/versions/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools.length()").value(3))
                .andExpect(jsonPath("$.rules[0].threshold").value(5));
    }

    @Test
    void anAgreementWithASchoolWithoutAKnownClbIsRefusedNamingTheField() throws Exception {
        String agreement = """
                {"agreementId":"agreement-broken","version":1,"title":"Broken","regionId":"r","effectiveFrom":"2026-09-01",
                 "organisations":[{"id":"m","type":"LOKAAL_BESTUUR","name":"M"}],
                 "schools":[{"id":"s1","name":"S1","clbId":"clb-nowhere","municipalityId":"m"}],
                 "contacts":[],"rules":[{"ruleId":"r1","description":"d","measure":"PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR",
                 "threshold":5,"attentionLevel":"TARGETED","opensCase":true,"recipients":[]}]}""";

        http.perform(post("/api/agreements").contentType(MediaType.APPLICATION_JSON).content(agreement))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("schools[0].clbId"))
                .andExpect(jsonPath("$.errors[1].field").value("rules[0].recipients"));
        http.perform(get("/api/agreements/agreement-broken/versions/1")).andExpect(status().isNotFound());
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() throws Exception {
        http.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"));
    }
}
