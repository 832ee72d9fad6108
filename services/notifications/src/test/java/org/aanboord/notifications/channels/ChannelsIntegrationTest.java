package org.aanboord.notifications.channels;

import static org.aanboord.notifications.Fixtures.B10;
import static org.aanboord.notifications.Fixtures.B5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.notifications.v1.AlertDelivered;
import org.aanboord.contracts.notifications.v1.AlertEscalated;
import org.aanboord.contracts.notifications.v1.AlertFailed;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.notifications.Fixtures;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TestTokens;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service against the in-JVM Kafka broker and store, a real SMTP server and a real webhook receiver, with a
 * clock the tests move. Each test uses its own region (fixed ids, because webhook endpoints are configuration).
 */
@SpringBootTest(properties = {
        "spring.config.name=notifications",
        // Own consumer groups: another cached test context may be listening on the same topics.
        "spring.cloud.stream.bindings.onAssessment-in-0.group=notifications-channels",
        "spring.cloud.stream.bindings.onAgreement-in-0.group=notifications-channels",
        // Assessments of earlier test classes (some retried on purpose) are none of this context's business.
        "spring.cloud.stream.kafka.bindings.onAssessment-in-0.consumer.start-offset=latest",
        "aanboord.notifications.delivery.poll-interval=100ms",
        "aanboord.notifications.escalation.check-interval=100ms",
        "aanboord.notifications.delivery.initial-back-off=30s",
        "aanboord.notifications.delivery.max-back-off=5m",
        "aanboord.notifications.delivery.retry-horizon=2h",
        "aanboord.notifications.mail.console-base-url=https://console.aanboord.example",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=300ms"})
@AutoConfigureMockMvc
class ChannelsIntegrationTest {

    /** Regions with a webhook endpoint for their municipality. */
    static final List<String> WEBHOOK_REGIONS = List.of("hooks", "outage", "dead", "escalation", "privacy");

    static final Instant START = Instant.parse("2026-11-20T08:00:00Z");
    static final MutableClock CLOCK = new MutableClock(START, ZoneId.of("Europe/Brussels"));
    static final MailServer MAIL = new MailServer();
    static final Map<String, String> SECRETS = WEBHOOK_REGIONS.stream().collect(Collectors.toMap(
            region -> "/hooks/municipality-" + region,
            region -> "whsec_" + Base64.getEncoder().encodeToString(("secret of " + region + " 0123456789")
                    .getBytes(StandardCharsets.UTF_8)),
            (a, b) -> a, LinkedHashMap::new));
    static final WebhookReceiver WEBHOOKS = new WebhookReceiver(SECRETS);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "notifications-channels");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
        for (int i = 0; i < WEBHOOK_REGIONS.size(); i++) {
            String organisation = "municipality-" + WEBHOOK_REGIONS.get(i);
            String path = "/hooks/" + organisation;
            registry.add("aanboord.notifications.webhooks.endpoints[" + i + "].organisation-id", () -> organisation);
            registry.add("aanboord.notifications.webhooks.endpoints[" + i + "].url", () -> WEBHOOKS.url(path));
            registry.add("aanboord.notifications.webhooks.endpoints[" + i + "].secret", () -> SECRETS.get(path));
            // Municipalities read English, everyone else Dutch.
            registry.add("aanboord.notifications.mail.languages[" + organisation + "]", () -> "en");
        }
    }

    @TestConfiguration
    static class MovableTime {

        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    /**
     * Starting at the latest offset means: nothing published before the consumer fixed its position counts. Spring
     * Kafka commits that position on assignment, so a committed offset on every partition means "listening".
     */
    @BeforeEach
    void assessmentConsumerListensOnEveryPartition() {
        String group = "notifications-channels";
        String topic = Topic.RISK_ASSESSMENTS.wireName();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.get().kafkaBootstrapServers()))) {
            await().until(() -> {
                int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
                long committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet()
                        .stream()
                        .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                        .count();
                return committed == partitions;
            });
        }
    }

    @Autowired
    MockMvc http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventJson json;
    @Autowired
    JsonMapper mapper;
    @Autowired
    AgreementDirectory agreements;

    @Autowired
    MeterRegistry meters;

    @Test
    void oneCrossingReachesEveryRecipientOnceInTheInboxByMailAndTheMunicipalityBySignedWebhook() throws Exception {
        Fixtures region = new Fixtures("hooks");
        publish(region.agreement());
        String pupil = Fixtures.pupil();
        RiskAssessmentChanged crossing = region.crossing(pupil, 5, B5);
        publish(crossing);

        await().untilAsserted(() -> {
            assertThat(MAIL.to(contact(region, "school"))).hasSize(1);
            assertThat(MAIL.to(contact(region, "clb"))).hasSize(1);
            assertThat(MAIL.to(contact(region, "municipality"))).hasSize(1);
            assertThat(webhooksTo(region.municipality())).hasSize(1);
        });
        publish(crossing);                                          // replay: nothing new
        publish(region.crossing(pupil, 10, B10));                   // same partition, after the replay
        await().until(() -> MAIL.to(contact(region, "school")).size() == 2 && MAIL.to(contact(region, "clb")).size() == 2);
        assertThat(MAIL.to(contact(region, "municipality"))).as("b10 leaves the municipality out").hasSize(1);
        assertThat(webhooksTo(region.municipality())).hasSize(1);
        assertThat(inbox(region.municipality())).hasSize(1);

        MailServer.Mail clbMail = MAIL.to(contact(region, "clb")).get(0);
        assertThat(clbMail.subject()).isEqualTo("[Aan Boord] Drempel bereikt: 5 problematische halve dagen");
        assertThat(clbMail.body()).contains("https://console.aanboord.example/console/pupils/" + pupil)
                .contains("B half-days this school year: 5 ≥ 5").doesNotContain("An Peeters");
        MailServer.Mail municipalityMail = MAIL.to(contact(region, "municipality")).get(0);
        assertThat(municipalityMail.subject()).isEqualTo("[Aan Boord] Threshold reached: 5 problematic half-days");
        assertThat(municipalityMail.body()).contains("Pupil (pseudonym): " + pupil)
                .doesNotContain("/console/pupils/").doesNotContain(region.school());

        WebhookReceiver.Received hook = webhooksTo(region.municipality()).get(0);
        String alertId = inbox(region.municipality()).get(0).get("id").asString();
        assertThat(hook.id()).isEqualTo(alertId + ":webhook");
        JsonNode payload = getJson(hook.body());
        assertThat(payload.get("type").asString()).isEqualTo("alert.raised");
        assertThat(payload.at("/data/pupilPseudonym").asString()).isEqualTo(pupil);
        assertThat(payload.at("/data/dataScope").asString()).isEqualTo("PSEUDONYMISED");
        assertThat(payload.get("data").has("schoolId")).isFalse();
        assertThat(WEBHOOKS.rejected()).as("every signature verified").isEmpty();
        assertThat(deliveries(alertId)).extracting(delivery -> delivery.get("channel").asString() + " "
                + delivery.get("status").asString() + " " + delivery.get("attempts").asInt())
                .containsExactlyInAnyOrder("EMAIL DELIVERED 1", "WEBHOOK DELIVERED 1");
        try (TopicProbe outcomes = outcomes()) {
            String deliveredType = EventCatalog.of(AlertDelivered.class).ceType();
            await().untilAsserted(() -> assertThat(outcomes.matching(record ->
                    deliveredType.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))).stream()
                    .map(record -> json.read(record.value(), AlertDelivered.class))
                    .filter(event -> event.alertId().equals(alertId))
                    .map(AlertDelivered::channel).distinct())
                    .as("the delivery log per channel").containsExactlyInAnyOrder("INBOX", "EMAIL", "WEBHOOK"));
        }
    }

    @Test
    void aThirtyMinuteOutageOfTheReceiverAndTheMailServerLosesNothingAndKeepsEachRecipientsOrder() throws Exception {
        Fixtures region = new Fixtures("outage");
        publish(region.agreement());
        String webhookBreaker = "webhook-" + region.municipality();
        String mailBreaker = "smtp-127.0.0.1:" + MAIL.port();
        WEBHOOKS.down();
        MAIL.down();
        List<String> pupils = new ArrayList<>();
        List<String> alertIds = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String pupil = Fixtures.pupil();
                pupils.add(pupil);
                publish(region.crossing(pupil, 5, B5));
                int raised = i + 1;
                await().until(() -> inbox(region.municipality()).size() == raised);
            }
            for (String organisation : List.of(region.school(), region.clb(), region.municipality())) {
                inbox(organisation).forEach(alert -> alertIds.add(alert.get("id").asString()));
            }

            Instant outageEnds = CLOCK.instant().plus(Duration.ofMinutes(30));
            while (CLOCK.instant().isBefore(outageEnds)) {
                awaitRoundAt(alertIds);
                CLOCK.advance(Duration.ofMinutes(1));
            }
            awaitRoundAt(alertIds);

            assertThat(webhooksTo(region.municipality())).isEmpty();
            assertThat(MAIL.to(contact(region, "municipality"))).isEmpty();
            assertThat(breakerState(webhookBreaker, "open")).as("webhook breaker open during the outage").isEqualTo(1.0);
            assertThat(breakerState(mailBreaker, "open")).as("mail breaker open during the outage").isEqualTo(1.0);
            JsonNode webhookDelivery = deliveries(alertIds.get(alertIds.size() - 1)).stream()
                    .filter(delivery -> delivery.get("channel").asString().equals("WEBHOOK")).findFirst().orElseThrow();
            assertThat(webhookDelivery.get("status").asString()).isEqualTo("PENDING");
        } finally {
            WEBHOOKS.up();
            MAIL.up();
        }

        // Time goes on after the receivers return; everything queued arrives, once, in the order it was raised.
        await().untilAsserted(() -> {
            CLOCK.advance(Duration.ofMinutes(1));
            assertThat(webhooksTo(region.municipality())).hasSize(3);
            for (String party : List.of("school", "clb", "municipality")) {
                assertThat(MAIL.to(contact(region, party))).hasSize(3);
            }
        });
        assertThat(webhooksTo(region.municipality())).extracting(this::pupilOf).containsExactlyElementsOf(pupils);
        for (String party : List.of("school", "clb", "municipality")) {
            assertThat(MAIL.to(contact(region, party))).extracting(mail -> pupilIn(mail.body(), pupils))
                    .as("mails to the %s in the order raised", party).containsExactlyElementsOf(pupils);
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                webhooksTo(region.municipality()).size() == 3 && MAIL.to(contact(region, "clb")).size() == 3);
        await().untilAsserted(() -> assertThat(breakerState(webhookBreaker, "closed")).isEqualTo(1.0));
    }

    @Test
    void aDeliveryStillRefusedAtTheRetryHorizonIsDeadAnnouncedAndCanBeResent() throws Exception {
        Fixtures region = new Fixtures("dead");
        publish(region.agreement());
        WEBHOOKS.down();
        String alertId;
        String deliveryId;
        try (TopicProbe outcomes = outcomes()) {
            try {
                publish(region.crossing(Fixtures.pupil(), 5, B5));
                await().until(() -> inbox(region.municipality()).size() == 1);
                alertId = inbox(region.municipality()).get(0).get("id").asString();
                deliveryId = alertId + ":webhook";
                String id = alertId;
                await().until(() -> deliveries(id).size() == 2);           // planned right after the inbox alert
                while (!"DEAD".equals(webhookDelivery(id).get("status").asString())) {
                    awaitRoundAt(List.of(id));
                    CLOCK.advance(Duration.ofMinutes(10));
                }
                assertThat(webhookDelivery(alertId).get("attempts").asInt()).isGreaterThan(5);
                assertThat(webhookDelivery(alertId).get("lastError").asString()).isNotBlank();
                assertThat(getJson(http.perform(get("/api/deliveries").param("status", "DEAD").with(TestTokens.as("HUB_ADMIN", "hub")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).findValuesAsString("id"))
                        .contains(deliveryId);
                assertThat(meters.get("aanboord.notifications.deliveries.dead").tag("channel", "WEBHOOK").counter()
                        .count()).isGreaterThanOrEqualTo(1.0);
                String failedType = EventCatalog.of(AlertFailed.class).ceType();
                ConsumerRecord<String, byte[]> failed = outcomes.awaitAtLeast(1, record ->
                        failedType.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))
                                && id.equals(json.read(record.value(), AlertFailed.class).alertId())).get(0);
                assertThat(json.read(failed.value(), AlertFailed.class).channel()).isEqualTo("WEBHOOK");
            } finally {
                WEBHOOKS.up();
            }
        }

        http.perform(post("/api/deliveries/{id}/resend", deliveryId).with(TestTokens.as("HUB_ADMIN", "hub"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.attempts").value(0));
        await().until(() -> webhooksTo(region.municipality()).size() == 1);
        assertThat(webhookDelivery(alertId).get("status").asString()).isEqualTo("DELIVERED");
        http.perform(post("/api/deliveries/{id}/resend", "no-such-delivery").with(TestTokens.as("HUB_ADMIN", "hub"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.deliveryId").value("no-such-delivery"));
        http.perform(get("/api/deliveries").param("status", "LOST").with(TestTokens.as("HUB_ADMIN", "hub"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void anUnacknowledgedClbAlertEscalatesToTheRegisseurAfterTheAgreedSchoolDaysAndAcknowledgingStopsIt()
            throws Exception {
        Fixtures region = new Fixtures("escalation");
        publish(region.agreement(List.of(escalatingRule())));
        CLOCK.advanceTo(nextFridayMorning());                       // deadline: 2 school days later, Tuesday
        String ignored = Fixtures.pupil();
        String handled = Fixtures.pupil();
        publish(region.crossing(ignored, 5, B5));
        publish(region.crossing(handled, 5, B5));
        await().until(() -> inbox(region.clb()).size() == 2 && inbox(region.municipality()).size() == 2);
        JsonNode ignoredAlert = alertFor(region.clb(), ignored);
        JsonNode handledAlert = alertFor(region.clb(), handled);
        LocalDate friday = LocalDate.ofInstant(CLOCK.instant(), CLOCK.getZone());
        assertThat(ignoredAlert.get("dueBy").asString()).isEqualTo(friday.plusDays(4).toString());
        assertThat(alertFor(region.school(), ignored).has("dueBy")).as("only the CLB has to act").isFalse();
        http.perform(post("/api/inbox/{id}/acknowledge", handledAlert.get("id").asString())
                .with(Fixtures.signedInFor(region.clb()))).andExpect(status().isOk());

        try (TopicProbe outcomes = outcomes()) {
            CLOCK.advanceTo(friday.plusDays(4).atTime(20, 0).atZone(CLOCK.getZone()).toInstant());   // Tuesday
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> inbox(region.municipality()).size() == 2);

            CLOCK.advanceTo(friday.plusDays(5).atTime(8, 0).atZone(CLOCK.getZone()).toInstant());    // Wednesday
            await().until(() -> inbox(region.municipality()).size() == 3);
            JsonNode escalation = inbox(region.municipality()).get(0);
            assertThat(escalation.get("escalationOf").asString()).isEqualTo(ignoredAlert.get("id").asString());
            assertThat(escalation.get("pupilPseudonym").asString()).isEqualTo(ignored);
            assertThat(escalation.get("titleNl").asString()).startsWith("Escalatie: niet bevestigd tegen");
            assertThat(escalation.has("consolePath")).as("the regisseur sees the pseudonym only").isFalse();
            await().until(() -> alertFor(region.clb(), ignored).has("escalatedAt"));   // marked after raising
            assertThat(alertFor(region.clb(), handled).has("escalatedAt")).as("acknowledged in time").isFalse();
            await().until(() -> MAIL.to(contact(region, "municipality")).size() == 3
                    && webhooksTo(region.municipality()).size() == 3);

            String escalatedType = EventCatalog.of(AlertEscalated.class).ceType();
            AlertEscalated announced = json.read(outcomes.awaitAtLeast(1, record ->
                    escalatedType.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))
                            && ignoredAlert.get("id").asString().equals(
                                    json.read(record.value(), AlertEscalated.class).alertId())).get(0).value(),
                    AlertEscalated.class);
            assertThat(announced.escalatedToOrganisationId()).isEqualTo(region.municipality());
            assertThat(announced.escalationAlertId()).isEqualTo(escalation.get("id").asString());
        }

        http.perform(post("/api/inbox/{id}/acknowledge", inbox(region.municipality()).get(0).get("id").asString())
                        .with(Fixtures.signedInFor(region.municipality())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedAt").exists());
        CLOCK.advance(Duration.ofDays(7));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> inbox(region.municipality()).size() == 3);
    }

    @Test
    void theMunicipalitysMailsWebhooksAndInboxNeverIdentifyAPupil() throws Exception {
        Fixtures region = new Fixtures("privacy");
        publish(region.agreement(List.of(escalatingRule(), Fixtures.rule(B10, 10,
                Fixtures.recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED),
                Fixtures.recipient(RecipientParty.MUNICIPALITY, DataScope.AGGREGATED)))));
        CLOCK.advanceTo(nextFridayMorning());
        List<String> pupils = List.of(Fixtures.pupil(), Fixtures.pupil());
        for (String pupil : pupils) {
            publish(region.crossing(pupil, 5, B5));
            publish(region.crossing(pupil, 10, B10));
        }
        await().until(() -> inbox(region.municipality()).size() == 4);
        CLOCK.advance(Duration.ofDays(7));                          // nobody acknowledges: both escalate
        await().until(() -> inbox(region.municipality()).size() == 6
                && MAIL.to(contact(region, "municipality")).size() == 6
                && webhooksTo(region.municipality()).size() == 6);
        assertThat(MAIL.to(contact(region, "clb"))).as("the identified side did get links")
                .allSatisfy(mail -> assertThat(mail.body()).contains("/console/pupils/"));

        List<String> seenByMunicipality = new ArrayList<>();
        inbox(region.municipality()).forEach(alert -> seenByMunicipality.add(alert.toString()));
        MAIL.to(contact(region, "municipality")).forEach(mail -> seenByMunicipality.add(mail.subject() + "\n" + mail.body()));
        webhooksTo(region.municipality()).forEach(hook -> seenByMunicipality.add(hook.body()));

        assertThat(seenByMunicipality).hasSize(18).allSatisfy(text -> assertThat(text)
                .doesNotContain(region.school())                    // the pupil's school id
                .doesNotContain("Basisschool")                      // the pupil's school name
                .doesNotContain("/console/pupils/")                 // a link that opens the identified pupil
                .doesNotContain("schoolId")
                .containsAnyOf(pupils.get(0), pupils.get(1)));       // the pseudonym is what they follow
    }

    @Test
    void anOpenConsoleSeesItsNewAlertsLiveAndOnlyItsOwn() throws Exception {
        Fixtures region = new Fixtures("live");
        publish(region.agreement());
        MvcResult clbStream = http.perform(get("/api/inbox/stream").param("organisationId", region.clb())
                        .with(Fixtures.signedInFor(region.clb())))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult otherStream = http.perform(get("/api/inbox/stream").param("organisationId", "clb-elsewhere")
                        .with(Fixtures.signedInFor("clb-elsewhere")))
                .andExpect(request().asyncStarted()).andReturn();
        String pupil = Fixtures.pupil();

        publish(region.crossing(pupil, 5, B5));

        await().until(() -> clbStream.getResponse().getContentAsString(StandardCharsets.UTF_8).contains(pupil));
        String pushed = clbStream.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String alertId = inbox(region.clb()).get(0).get("id").asString();
        assertThat(pushed).contains("event:alert").contains("id:" + alertId)
                .contains("\"titleNl\":\"Drempel bereikt: 5 problematische halve dagen\"");
        assertThat(otherStream.getResponse().getContentAsString()).isEmpty();
        http.perform(get("/api/inbox/stream").param("organisationId", " ")
                        .with(Fixtures.signedInFor(region.clb()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
    }

    private static AlertRule escalatingRule() {
        return new AlertRule(B5, "5 problematische halve dagen (B): CLB bevestigt binnen 2 schooldagen",
                Fixtures.MEASURE, 5, AttentionLevel.TARGETED, true,
                List.of(Fixtures.recipient(RecipientParty.CLB, DataScope.IDENTIFIED),
                        Fixtures.recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED),
                        Fixtures.recipient(RecipientParty.MUNICIPALITY, DataScope.PSEUDONYMISED)),
                2, RecipientParty.MUNICIPALITY);
    }

    private static Instant nextFridayMorning() {
        LocalDate day = LocalDate.ofInstant(CLOCK.instant(), CLOCK.getZone()).plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.FRIDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(9, 0).atZone(CLOCK.getZone()).toInstant();
    }

    private JsonNode alertFor(String organisationId, String pupil) throws Exception {
        return inbox(organisationId).stream()
                .filter(alert -> alert.get("pupilPseudonym").asString().equals(pupil) && !alert.has("escalationOf"))
                .findFirst().orElseThrow();
    }

    private JsonNode webhookDelivery(String alertId) throws Exception {
        return deliveries(alertId).stream().filter(delivery -> delivery.get("channel").asString().equals("WEBHOOK"))
                .findFirst().orElseThrow();
    }

    private double breakerState(String breaker, String state) {
        Gauge gauge = meters.find("resilience4j.circuitbreaker.state").tag("name", breaker).tag("state", state).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    private static String contact(Fixtures region, String party) {
        String organisation = switch (party) {
            case "school" -> region.school();
            case "clb" -> region.clb();
            default -> region.municipality();
        };
        return "contact-" + party + "@" + organisation + ".example";
    }

    private static String pupilIn(String body, List<String> pupils) {
        return pupils.stream().filter(body::contains).findFirst().orElse("none");
    }

    private static TopicProbe outcomes() {
        return TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.NOTIFICATIONS_OUTCOMES.wireName());
    }


    /** Publishes and waits until the service knows it, so assessments under it are not retried into the DLT. */
    void publish(AgreementPublished agreement) {
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
        await().until(() -> agreements.version(agreement.agreementId(), agreement.version()).isPresent());
    }

    void publish(RiskAssessmentChanged assessment) {
        publisher.publishAndWait(OutgoingEvent.of(assessment, assessment.pupilPseudonym(),
                assessment.pupilPseudonym(), json));
    }

    List<JsonNode> inbox(String organisationId) throws Exception {
        return List.copyOf(getJson(http.perform(get("/api/inbox").param("organisationId", organisationId)
                .with(Fixtures.signedInFor(organisationId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .values());
    }

    List<JsonNode> deliveries(String alertId) throws Exception {
        return List.copyOf(getJson(http.perform(get("/api/inbox/{id}/deliveries", alertId).with(TestTokens.as("HUB_ADMIN", "hub")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .values());
    }

    JsonNode getJson(String body) {
        return mapper.readTree(body);
    }

    List<WebhookReceiver.Received> webhooksTo(String organisationId) {
        return WEBHOOKS.received().stream().filter(hook -> hook.path().equals("/hooks/" + organisationId)).toList();
    }

    String pupilOf(WebhookReceiver.Received hook) {
        return mapper.readTree(hook.body()).at("/data/pupilPseudonym").asString();
    }

    /**
     * The dispatcher had its round at the current time: in every lane of these alerts, the oldest pending delivery
     * (the one the others queue behind) waits for a later attempt.
     */
    void awaitRoundAt(List<String> alertIds) {
        await().untilAsserted(() -> {
            Map<String, JsonNode> heads = new LinkedHashMap<>();
            for (String alertId : alertIds) {
                for (JsonNode delivery : deliveries(alertId)) {
                    if ("PENDING".equals(delivery.get("status").asString())) {
                        heads.merge(delivery.get("lane").asString(), delivery, (one, other) ->
                                one.get("sequence").asLong() < other.get("sequence").asLong() ? one : other);
                    }
                }
            }
            for (JsonNode head : heads.values()) {
                assertThat(Instant.parse(head.get("nextAttemptAt").asString()))
                        .as("next attempt of %s", head.get("id").asString()).isAfter(CLOCK.instant());
            }
        });
    }
}
