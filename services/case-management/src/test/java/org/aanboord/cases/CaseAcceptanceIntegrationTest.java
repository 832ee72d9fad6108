package org.aanboord.cases;

import static org.aanboord.cases.CaseFixtures.agreementWithCalendar;
import static org.aanboord.cases.CaseFixtures.crossing;
import static org.aanboord.cases.CaseFixtures.pupil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseScope;
import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.DeadlineWatch;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.cases.v1.CaseActionDue;
import org.aanboord.contracts.cases.v1.CaseDeadlineMissed;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TopicProbe;
import org.aanboord.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The acceptance at service level, over the real broker: a crossing opens a case for the right CLB with
 * the agreement's first action due in school days (a holiday moves it), a second crossing updates the same case,
 * and a missed deadline is published once.
 */
class CaseAcceptanceIntegrationTest extends CaseServiceSupport {

    @Autowired
    EventPublisher publisher;
    @Autowired
    AgreementDirectory agreements;
    @Autowired
    CaseQueries cases;
    @Autowired
    DeadlineWatch deadlines;
    @Autowired
    MockMvc http;

    private final EventJson json = new EventJson();

    @Test
    void aCrossingOpensACaseForTheRightClbWithASchoolDayDeadlineAndAMissedDeadlineIsPublishedOnce()
            throws Exception {
        String agreementId = "agreement-acceptance-" + UUID.randomUUID();
        String schoolOost = agreementId + "-school-oost";
        AgreementPublished agreement = agreementWithCalendar(agreementId);
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreementId, json));
        await().until(() -> agreements.version(agreementId, 1).isPresent());
        String pupil = pupil();

        send(crossing(agreementId, pupil, schoolOost, FRIDAY));
        CaseFile opened = await().until(() -> casesOf(pupil), found -> found.size() == 1).get(0);

        assertThat(opened.assignedClbId()).as("the CLB of the school in the agreement").isEqualTo("clb-oost");
        // Friday 20 November + 5 school days is Friday 27 on weekdays alone; the free Wednesday 25 makes it Monday 30.
        assertThat(opened.actions()).singleElement().satisfies(action -> {
            assertThat(action.type().catalogueCode()).isEqualTo("A40");
            assertThat(action.responsible()).isEqualTo("clb-oost");
            assertThat(action.dueDate()).isEqualTo(LocalDate.parse("2026-11-30"));
        });

        send(crossing(agreementId, pupil, schoolOost, FRIDAY.plusSeconds(3600)));
        await().until(() -> casesOf(pupil), found -> found.get(0).signals().size() == 2);
        assertThat(casesOf(pupil)).as("the second crossing updates the same case").singleElement()
                .satisfies(file -> assertThat(file.caseId()).isEqualTo(opened.caseId()));

        clock.set(Instant.parse("2026-11-27T06:00:00Z"));
        deadlines.run();
        clock.set(Instant.parse("2026-12-01T06:00:00Z"));
        deadlines.run();
        deadlines.run();

        assertThat(deadlineEvents(opened.caseId())).containsExactly(
                "CaseActionDue a1 2026-11-30", "CaseDeadlineMissed a1 2026-11-30");
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-oost")).param("schoolId", schoolOost).param("overdue", "true"))
                .andExpect(jsonPath("$[0].caseId").value(opened.caseId()))
                .andExpect(jsonPath("$[0].overdue").value(true));
    }

    private void send(RiskAssessmentChanged assessment) {
        publisher.publishAndWait(OutgoingEvent.of(assessment, assessment.pupilPseudonym(), assessment.pupilPseudonym(),
                json));
    }

    private List<CaseFile> casesOf(String pupil) {
        return cases.find(new CaseFilter(null, null, null, null, null, null, 0, 200), CaseScope.EVERYTHING).cases().stream()
                .filter(file -> file.pupilPseudonym().equals(pupil))
                .toList();
    }

    /** The deadline events cases.lifecycle.v1 carries for the case, once nothing new arrives for a moment. */
    private List<String> deadlineEvents(String caseId) {
        try (TopicProbe topic = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.CASES_LIFECYCLE.wireName())) {
            topic.awaitAtLeast(2, record -> caseId.equals(record.key()) && isDeadlineEvent(record));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> topic.matching(record -> caseId.equals(record.key()) && isDeadlineEvent(record))
                            .size() == 2);
            return topic.matching(record -> caseId.equals(record.key()) && isDeadlineEvent(record)).stream()
                    .map(this::describe)
                    .toList();
        }
    }

    private static boolean isDeadlineEvent(ConsumerRecord<String, byte[]> record) {
        Class<?> type = EventCatalog.byCeType(TopicProbe.header(record, CloudEventHeaders.TYPE)).orElseThrow().javaType();
        return type == CaseActionDue.class || type == CaseDeadlineMissed.class;
    }

    private String describe(ConsumerRecord<String, byte[]> record) {
        Class<? extends Record> type = EventCatalog.byCeType(TopicProbe.header(record, CloudEventHeaders.TYPE))
                .orElseThrow().javaType();
        Object event = json.read(record.value(), type);
        if (event instanceof CaseActionDue due) {
            return "CaseActionDue " + due.actionId() + " " + due.dueDate();
        }
        CaseDeadlineMissed missed = (CaseDeadlineMissed) event;
        return "CaseDeadlineMissed " + missed.actionId() + " " + missed.dueDate();
    }
}
