package org.aanboord.risk;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One running risk-scoring against the real in-JVM Kafka broker and the MongoDB-wire store, shared by every
 * integration test class (one context, so one consumer in the group). Tests publish to the topics like the
 * other services do and give each agreement, school and pupil its own id.
 */
@SpringBootTest(properties = "spring.config.name=risk-scoring")
@AutoConfigureMockMvc
abstract class RiskScoringIntegrationSupport {

    static final String BOOTSTRAP = EmbeddedInfrastructure.get().kafkaBootstrapServers();
    static final String DATABASE = "risk-it";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, DATABASE);
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    @Autowired
    MockMvc http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    AgreementDirectory agreements;

    final EventJson json = new EventJson();
    final String run = Long.toString(System.nanoTime(), 36);

    String pupil(String name) {
        return "pupil" + name + run + "abcdefghijkl";
    }

    AgreementPublished agreement(String id, int version, LocalDate effectiveFrom, List<String> schools,
            List<AlertRule> rules) {
        AgreementPublished agreement = new AgreementPublished(id, version, "Afsprakenkader " + id, "region-it",
                effectiveFrom, Instant.parse("2026-08-20T08:00:00Z"), List.of(),
                schools.stream().map(school -> new School(school, school, "clb-it", "municipality-it")).toList(),
                List.of(), rules, List.of());
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
        await().until(() -> agreements.version(id, version).isPresent());
        return agreement;
    }

    static AlertRule rule(String id, String measure, int threshold, AttentionLevel level, Integer window) {
        return new AlertRule(id, id, measure, threshold, level, true,
                List.of(new Recipient(RecipientParty.CLB, DataScope.IDENTIFIED)), 5, null, window);
    }

    void register(String pupil, String school, LocalDate date, HalfDay halfDay, AttendanceCode code) {
        publish(new HalfDayRegistered(pupil, school, date, halfDay, code, code.name(), 1,
                date.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(halfDay == HalfDay.AM ? 30_000 : 50_000)));
    }

    void correct(String pupil, String school, LocalDate date, HalfDay halfDay, AttendanceCode code,
            AttendanceCode previous, int version) {
        publish(new HalfDayCorrected(pupil, school, date, halfDay, code, previous, code.name(), version,
                date.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(80_000)));
    }

    /** {@code count} half-days with code B, morning and afternoon, on the weekdays from {@code from}. */
    void registerB(String pupil, String school, LocalDate from, int count) {
        LocalDate day = from;
        for (int i = 0; i < count; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            register(pupil, school, day, i % 2 == 0 ? HalfDay.AM : HalfDay.PM, AttendanceCode.B);
            if (i % 2 == 1) {
                day = day.plusDays(1);
            }
        }
    }

    void publish(AttendanceRegistrationEvent event) {
        publisher.publishAndWait(List.of(OutgoingEvent.of((Record) event, event.pupilPseudonym(), event.pupilPseudonym(), json)));
    }

    void publish(PupilSignalEvent signal) {
        publisher.publishAndWait(List.of(OutgoingEvent.of((Record) signal, signal.pupilPseudonym(),
                signal.pupilPseudonym(), json)));
    }

    TopicProbe assessments() {
        return TopicProbe.of(BOOTSTRAP, Topic.RISK_ASSESSMENTS.wireName());
    }

    /** The pupil's assessments in order, each once: the outbox may publish one twice, consumers dedupe by id. */
    List<RiskAssessmentChanged> assessmentsOf(TopicProbe probe, String pupil) {
        Map<String, RiskAssessmentChanged> byId = new LinkedHashMap<>();
        probe.matching(record -> pupil.equals(record.key())).stream()
                .map(record -> json.read(record.value(), RiskAssessmentChanged.class))
                .forEach(assessment -> byId.putIfAbsent(assessment.assessmentId(), assessment));
        return List.copyOf(byId.values());
    }

    List<RiskAssessmentChanged> awaitAssessments(TopicProbe probe, String pupil, int count) {
        await().until(() -> assessmentsOf(probe, pupil).size() >= count);
        return assessmentsOf(probe, pupil);
    }
}
