package org.aanboord.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * One Spring context shared by the ingestion tests, against the real in-JVM Kafka broker and the MongoDB-wire store.
 * Two agreements are published: the golden sample (school-demo-1, no calendar: weekdays count) and one whose school
 * has a calendar with holidays, so school-year and holiday rules can be seen.
 */
@SpringBootTest(properties = {
        "spring.config.name=attendance-ingestion",
        "aanboord.ingestion.pseudonymisation-key=dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LXRlc3Qtb25seQ==",
        "aanboord.ingestion.vault-key=dGVzdC1vbmx5LXZhdWx0LWtleS10ZXN0LW9ubHktdmF1bHQta2V5",
        "aanboord.ingestion.max-body-size=8MB",
        "AANBOORD_INGESTION_SCHOOL_REQUESTS_PER_SECOND=1000"})
@AutoConfigureMockMvc
abstract class IngestionIntegrationTest {

    static final String SCHOOL = "school-demo-1";
    static final String CALENDAR_SCHOOL = "school-calendar-it";
    static final String BOOTSTRAP = EmbeddedInfrastructure.get().kafkaBootstrapServers();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "ingestion-it");
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    @Autowired
    EventPublisher publisher;
    @Autowired
    AgreementDirectory agreements;

    final EventJson json = new EventJson();

    @BeforeEach
    void theAgreementsArePublished() throws IOException {
        if (agreements.knowsSchool(SCHOOL) && agreements.knowsSchool(CALENDAR_SCHOOL)) {
            return;
        }
        AgreementPublished sample = sample();
        publish(sample);
        publish(withCalendar(sample));
        await().until(() -> agreements.knowsSchool(SCHOOL) && agreements.knowsSchool(CALENDAR_SCHOOL));
    }

    /** The calendar school's year 2026-2027: 1 September to 30 June, autumn holiday 2 to 8 November. */
    static AgreementPublished withCalendar(AgreementPublished sample) {
        List<SchoolCalendar> calendars = List.of(
                new SchoolCalendar("2025-2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), List.of()),
                new SchoolCalendar("2026-2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30),
                        List.of(new Holiday("Herfstvakantie", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8)))));
        return new AgreementPublished("agreement-calendar-it", 1, sample.title(), sample.regionId(),
                sample.effectiveFrom(), sample.publishedAt(), sample.organisations(),
                List.of(new School(CALENDAR_SCHOOL, "Calendar school", "clb-demo", "municipality-demo")),
                sample.contacts(), sample.rules(), calendars);
    }

    AgreementPublished sample() throws IOException {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream(EventCatalog.of(AgreementPublished.class).sampleResource())) {
            return json.read(in.readAllBytes(), AgreementPublished.class);
        }
    }

    void publish(AgreementPublished agreement) {
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
    }
}
