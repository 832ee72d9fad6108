package org.aanboord.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import org.aanboord.agreements.StakeholderAgreementsApplication;
import org.aanboord.cases.CaseManagementApplication;
import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.cases.v1.CaseOpened;
import org.aanboord.contracts.notifications.v1.AlertDelivered;
import org.aanboord.ingestion.AttendanceIngestionApplication;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.notifications.NotificationsApplication;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.risk.RiskScoringApplication;
import org.aanboord.testsupport.Infrastructure;
import org.aanboord.testsupport.TestTokens;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform of the fault tests: stakeholder-agreements in this JVM, ingestion, risk-scoring, case-management and
 * notifications each in a JVM of its own (so a test can kill or pause one), a school that streams registrations, and
 * the exact count pupil by pupil afterwards.
 */
final class FaultPlatform implements AutoCloseable {

    private static final String SCHOOL = "school-demo-1";
    private static final List<String> RECIPIENTS = List.of(SCHOOL, "clb-demo", "municipality-demo");
    static final Duration CONVERGE = Duration.ofMinutes(4);
    /** Shorter than the default 45 s, so the group notices a killed member soon; the broker allows 6 s. */
    private static final List<String> FAST_FAILURE_DETECTION = List.of(
            "--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=6000",
            "--spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms=1000");

    private final Infrastructure infrastructure;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Pseudonymizer pseudonymizer = new Pseudonymizer(Base64.getDecoder().decode(Platform.PSEUDONYMISATION_KEY));
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<RegistrationStream> streams = new ArrayList<>();
    private ConfigurableApplicationContext agreements;
    final ServiceProcess ingestion;
    final ServiceProcess risk;
    final ServiceProcess cases;
    final ServiceProcess notifications;

    /** Starts every service and waits until each answers UP; on failure stops what had started. */
    FaultPlatform(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
        ingestion = service("attendance-ingestion", AttendanceIngestionApplication.class, "e2e_ingestion");
        risk = service("risk-scoring", RiskScoringApplication.class, "e2e_risk");
        cases = service("case-management", CaseManagementApplication.class, "e2e_cases");
        notifications = service("notifications", NotificationsApplication.class, "e2e_notifications");
        try {
            agreements = StakeholderAgreementsApplication.start("--server.port=0",
                    "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                    "--spring.mongodb.uri=" + infrastructure.mongoUri(), "--spring.mongodb.database=e2e_agreements");
            services.forEach(ServiceProcess::start);
            services.forEach(ServiceProcess::awaitHealthy);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    private ServiceProcess service(String name, Class<?> mainClass, String database) {
        ServiceProcess service = new ServiceProcess(name, mainClass, infrastructure, database, FAST_FAILURE_DETECTION);
        services.add(service);
        return service;
    }

    /** One pupil through the whole chain, so the stream that follows does not wait for the agreement to arrive. */
    void awaitChainReady() {
        String warmUp = "fault-warm-up-" + System.nanoTime();
        for (LocalDate day : schoolWeek()) {
            await().ignoreExceptions().until(() -> register(warmUp, day.toString()), status -> status == 202);
        }
        await("the whole chain knows the demo agreement").atMost(CONVERGE).ignoreExceptions()
                .until(() -> casesOf(pseudonym(warmUp)) == 1 && alertsOf(pseudonym(warmUp)).size() == 3);
    }

    /** Pupil ids of this run only, so nothing left by an earlier test or run is counted. */
    static List<String> newPupils(String prefix, int count) {
        List<String> pupils = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pupils.add(prefix + "-" + i + "-" + System.nanoTime());
        }
        return pupils;
    }

    /** Starts a school streaming a B absence for each pupil on each day of a school week. */
    RegistrationStream stream(List<String> pupils) {
        List<String[]> registrations = new ArrayList<>();
        for (String pupil : pupils) {
            schoolWeek().forEach(day -> registrations.add(new String[] {pupil, day.toString()}));
        }
        RegistrationStream stream = new RegistrationStream(registrations);
        streams.add(stream);
        stream.start();
        return stream;
    }

    /**
     * Nothing lost, nothing duplicated: every registration acknowledged and none refused; per pupil exactly 5 B
     * half-days scored, one case and one inbox alert per recipient; on the topics, after deduplication by CloudEvents
     * id (the outbox may publish twice), one case and three alerts per pupil.
     */
    void assertEachPupilCountedExactlyOnce(List<String> pupils, RegistrationStream stream) {
        await("every registration acknowledged").atMost(CONVERGE).until(() -> stream.acknowledged() == stream.size());
        stream.stop();
        assertThat(stream.refusals()).as("no registration was refused").isEmpty();

        await("every pupil scored, with one case and three alerts").atMost(CONVERGE).ignoreExceptions()
                .until(() -> pupils.stream().allMatch(this::settled));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> pupils.stream().allMatch(this::settled));

        Set<String> pseudonyms = new HashSet<>(pupils.stream().map(this::pseudonym).toList());
        Map<String, Set<String>> caseIds = distinctPerPupil(Topic.CASES_LIFECYCLE.wireName(), CaseOpened.class,
                pseudonyms, "caseId");
        Map<String, Set<String>> alertIds = distinctPerPupil(Topic.NOTIFICATIONS_OUTCOMES.wireName(),
                AlertDelivered.class, pseudonyms, "alertId");
        assertThat(pseudonyms).allSatisfy(pupil -> {
            assertThat(caseIds.get(pupil)).as("cases opened on cases.lifecycle.v1").hasSize(1);
            assertThat(alertIds.get(pupil)).as("alerts delivered on notifications.outcomes.v1").hasSize(3);
        });
    }

    /** Scored 5 B half-days, one case, one alert for each recipient: exactly, not at least. */
    private boolean settled(String pupil) {
        try {
            String pseudonym = pseudonym(pupil);
            JsonNode assessment = get(risk, "/api/pupils/" + pseudonym + "/assessment?schoolYear=2026-2027",
                    Platform.tokenOf(SCHOOL));
            List<String> recipients = alertsOf(pseudonym).stream()
                    .map(alert -> alert.get("recipient").get("organisationId").asString()).sorted().toList();
            return assessment.path("halfDaysPerCode").path("B").asInt() == 5 && casesOf(pseudonym) == 1
                    && recipients.equals(RECIPIENTS.stream().sorted().toList());
        } catch (Exception e) {
            return false;                       // not scored yet (404) or the service is restarting
        }
    }

    /** For each pupil, the distinct values of one field of one event type on a topic, once per CloudEvents id. */
    private Map<String, Set<String>> distinctPerPupil(String topic, Class<? extends Record> type, Set<String> pupils,
            String field) {
        String ceType = EventCatalog.of(type).ceType();
        Map<String, Set<String>> values = new HashMap<>();
        try (TopicProbe probe = TopicProbe.of(infrastructure.kafkaBootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitAtLeast(pupils.size(),
                    record -> ceType.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))
                            && pupils.contains(json.readTree(record.value()).path("pupilPseudonym").asString()));
            for (ConsumerRecord<String, byte[]> record : records) {
                JsonNode event = json.readTree(record.value());
                values.computeIfAbsent(event.get("pupilPseudonym").asString(), pupil -> new HashSet<>())
                        .add(event.get(field).asString());
            }
        }
        return values;
    }

    private int register(String pupil, String day) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(ingestion.uri("/api/registrations"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.token("SCHOOL_SOFTWARE", SCHOOL))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"VM","code":"B"}"""
                        .formatted(SCHOOL, pupil, day)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String pseudonym(String pupil) {
        return pseudonymizer.ofLocalId(SCHOOL, pupil);
    }

    private int casesOf(String pseudonym) throws Exception {
        return ofPupil(get(cases, "/api/cases?schoolId=" + SCHOOL + "&size=200", Platform.tokenOf(SCHOOL)),
                pseudonym).size();
    }

    private List<JsonNode> alertsOf(String pseudonym) throws Exception {
        List<JsonNode> alerts = new ArrayList<>();
        for (String recipient : RECIPIENTS) {
            alerts.addAll(ofPupil(get(notifications, "/api/inbox", Platform.tokenOf(recipient)), pseudonym));
        }
        return alerts;
    }

    private JsonNode get(ServiceProcess service, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.uri(path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private static List<JsonNode> ofPupil(JsonNode list, String pseudonym) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> pseudonym.equals(item.path("pupilPseudonym").asString()))
                .toList();
    }

    /** Monday to Friday of a past school week of the demo calendar, under agreement version 1. */
    private static List<LocalDate> schoolWeek() {
        LocalDate monday = LocalDate.of(2026, 10, 5);
        return List.of(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3), monday.plusDays(4));
    }

    @Override
    public void close() {
        streams.forEach(RegistrationStream::stop);
        services.forEach(ServiceProcess::close);
        if (agreements != null) {
            agreements.close();
        }
    }

    /**
     * A school's software: one registration every 100 ms, the next only once this one was answered 202 (or 200, a
     * duplicate of an earlier attempt whose answer was lost); a connection error or 503 is tried again on the next tick.
     */
    final class RegistrationStream {

        private final List<String[]> registrations;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger unavailable = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();

        private RegistrationStream(List<String[]> registrations) {
            this.registrations = registrations;
        }

        private void start() {
            ticks.scheduleAtFixedRate(this::sendNext, 0, 100, TimeUnit.MILLISECONDS);
        }

        private void sendNext() {
            int index = next.get();
            if (index >= registrations.size()) {
                return;
            }
            String[] registration = registrations.get(index);
            try {
                int status = register(registration[0], registration[1]);
                if (status == 202 || status == 200) {
                    next.incrementAndGet();
                } else if (status == 503) {
                    unavailable.incrementAndGet();
                } else {
                    refusals.add(status + " for " + String.join(" ", registration));
                    next.incrementAndGet();
                }
            } catch (IOException e) {
                // the service is down or went down mid-request: the same registration again on the next tick
            } catch (Exception e) {
                refusals.add(e + " for " + String.join(" ", registration));
                next.incrementAndGet();
            }
        }

        int acknowledged() {
            return next.get();
        }

        /** How many answers were 503 (the broker did not acknowledge), each sent again. */
        int unavailable() {
            return unavailable.get();
        }

        int size() {
            return registrations.size();
        }

        private List<String> refusals() {
            return List.copyOf(refusals);
        }

        private void stop() {
            ticks.shutdownNow();
        }
    }
}
