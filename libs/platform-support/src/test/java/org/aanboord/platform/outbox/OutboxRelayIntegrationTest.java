package org.aanboord.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.aanboord.contracts.Topic;
import org.aanboord.contracts.notifications.v1.AlertAcknowledged;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.tracing.TraceParents;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = OutboxRelayIntegrationTest.App.class, properties = {
        "spring.application.name=outbox-test",
        "spring.config.import=classpath:aanboord-platform.yml",
        "aanboord.outbox-collections=things",
        "aanboord.outbox.sweep-interval=1h",
        "aanboord.outbox.sweep-min-age=0s"})
class OutboxRelayIntegrationTest {

    @SpringBootApplication
    static class App {
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "outbox-test");
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    EventPublisher publisher;

    private final EventJson json = new EventJson();

    @Test
    void theSweepsQueryHasAnIndex() {
        assertThat(mongo.indexOps("things").getIndexInfo()).anyMatch(index -> index.getName().equals("outbox-pending"));
    }

    @Test
    void pendingEventsArePublishedWithCloudEventHeadersAndThenRemovedFromTheDocument() {
        String organisation = "org-" + System.nanoTime();
        OutgoingEvent first = OutgoingEvent.of(acknowledged("alert-1", organisation), organisation, "alert-1", json);
        OutgoingEvent second = OutgoingEvent.of(acknowledged("alert-2", organisation), organisation, "alert-2", json);
        Document thing = new Document("_id", organisation).append("state", "changed")
                .append(OutboxRelay.FIELD, List.of(entry(first), entry(second)));
        mongo.insert(thing, "things");

        assertThat(relay.sweep()).isEqualTo(2);

        List<ConsumerRecord<String, byte[]>> records = readAll(Topic.NOTIFICATIONS_OUTCOMES.wireName(), organisation, 2);
        assertThat(records).extracting(record -> TopicProbe.header(record, CloudEventHeaders.ID))
                .containsExactly(first.id(), second.id());
        assertThat(TopicProbe.header(records.get(0), CloudEventHeaders.TYPE))
                .isEqualTo("org.aanboord.notifications.AlertAcknowledged.v1");
        assertThat(TopicProbe.header(records.get(0), CloudEventHeaders.SOURCE)).isEqualTo("/aanboord/outbox-test");
        assertThat(mongo.findById(organisation, Document.class, "things").getList(OutboxRelay.FIELD, Document.class))
                .isEmpty();
        assertThat(relay.sweep()).as("nothing is pending any more").isZero();
    }

    @Test
    void relaySoonPublishesOneDocumentInTheBackground() {
        String organisation = "org-" + System.nanoTime();
        OutgoingEvent event = OutgoingEvent.of(acknowledged("alert-3", organisation), organisation, "alert-3", json);
        mongo.insert(new Document("_id", organisation).append(OutboxRelay.FIELD, List.of(entry(event))), "things");

        relay.relaySoon("things", organisation);

        assertThat(readAll(Topic.NOTIFICATIONS_OUTCOMES.wireName(), organisation, 1)).hasSize(1);
        await().until(() -> mongo.findById(organisation, Document.class, "things")
                .getList(OutboxRelay.FIELD, Document.class).isEmpty());
    }

    @Test
    void relaySoonOfSeveralDocumentsPublishesAllTheirEventsAndLeavesTheRestOfEachDocument() {
        String first = "org-" + System.nanoTime();
        String second = "org-" + System.nanoTime();
        OutgoingEvent one = OutgoingEvent.of(acknowledged("alert-4", first), first, "alert-4", json);
        OutgoingEvent two = OutgoingEvent.of(acknowledged("alert-5", first), first, "alert-5", json);
        OutgoingEvent three = OutgoingEvent.of(acknowledged("alert-6", second), second, "alert-6", json);
        mongo.insert(new Document("_id", first).append("state", "changed").append(OutboxRelay.FIELD,
                List.of(entry(one), entry(two))), "things");
        mongo.insert(new Document("_id", second).append("state", "changed").append(OutboxRelay.FIELD,
                List.of(entry(three))), "things");

        relay.relaySoon("things", List.of(first, second, "no-such-document"));

        assertThat(readAll(Topic.NOTIFICATIONS_OUTCOMES.wireName(), first, 2))
                .extracting(record -> TopicProbe.header(record, CloudEventHeaders.ID)).containsExactly(one.id(), two.id());
        assertThat(readAll(Topic.NOTIFICATIONS_OUTCOMES.wireName(), second, 1)).hasSize(1);
        await().until(() -> mongo.findById(first, Document.class, "things").getList(OutboxRelay.FIELD, Document.class)
                .isEmpty() && mongo.findById(second, Document.class, "things").getList(OutboxRelay.FIELD, Document.class)
                .isEmpty());
        assertThat(mongo.findById(first, Document.class, "things").getString("state")).isEqualTo("changed");
    }

    @Test
    void anEventLeftPendingIsPublishedLaterInTheTraceOfItsCause() {
        String organisation = "org-" + System.nanoTime();
        String traceId = String.format("%032x", System.nanoTime());
        OutgoingEvent event = OutgoingEvent.of(acknowledged("alert-7", organisation), organisation, "alert-7", json)
                .causedBy("00-" + traceId + "-00f067aa0ba902b7-01");
        mongo.insert(new Document("_id", organisation).append(OutboxRelay.FIELD, List.of(entry(event))), "things");

        assertThat(relay.sweep()).isEqualTo(1);

        String traceparent = TopicProbe.header(readAll(Topic.NOTIFICATIONS_OUTCOMES.wireName(), organisation, 1).get(0),
                TraceParents.HEADER);
        assertThat(traceparent).as("the cause's trace context").isEqualTo("00-" + traceId + "-00f067aa0ba902b7-01");
    }

    @Test
    void theSweepLeavesAnEntryYoungerThanTheMinimumAgeToTheRelayOnItsWay() {
        String organisation = "org-" + System.nanoTime();
        OutgoingEvent event = OutgoingEvent.of(acknowledged("alert-8", organisation), organisation, "alert-8", json);
        mongo.insert(new Document("_id", organisation).append(OutboxRelay.FIELD, List.of(entry(event))), "things");
        OutboxRelay patient = new OutboxRelay(mongo, publisher, List.of("things"), Duration.ofMinutes(1));

        assertThat(patient.sweep()).as("too young").isZero();
        assertThat(relay.sweep()).as("old enough without a minimum age").isEqualTo(1);
    }

    private Document entry(OutgoingEvent event) {
        Document document = new Document();
        mongo.getConverter().write(OutboxEntry.of(event), document);
        return document;
    }

    private static AlertAcknowledged acknowledged(String alertId, String organisation) {
        return new AlertAcknowledged(alertId, organisation, "rule", Instant.now(), Instant.now());
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, String key, int expected) {
        try (TopicProbe probe = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(), topic)) {
            return probe.awaitAtLeast(expected, record -> key.equals(record.key()));
        }
    }
}
