package org.aanboord.notifications;

import static org.aanboord.notifications.Fixtures.B5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.Binding;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service that starts behind a backlog (a new consumer group, a fresh deployment) reads the agreements before the
 * assessments that name them: a crossing published before the service started is not dead-lettered while the
 * agreement consumer is still busy, and reaches the inbox once it is done.
 */
@SpringBootTest(properties = { "spring.config.name=notifications",
        "spring.cloud.stream.bindings.onAssessment-in-0.group=notifications-agreements-first",
        "spring.cloud.stream.bindings.onAgreement-in-0.group=notifications-agreements-first" })
@AutoConfigureMockMvc
class AgreementsFirstIntegrationTest {

    private static final Fixtures REGION = Fixtures.fresh();
    private static final String PUPIL = Fixtures.pupil();
    private static final CountDownLatch AGREEMENTS_RELEASED = new CountDownLatch(1);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "notifications-agreements-first");
    }

    /** Published before this test's service starts: the backlog it finds. */
    @BeforeAll
    static void publishAgreementAndCrossing() {
        AwaitDefaults.apply();
        EventJson json = new EventJson();
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        EventPublisher publisher = new EventPublisher(kafka, "/aanboord/test", Duration.ofSeconds(10));
        AgreementPublished agreement = REGION.agreement();
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
        RiskAssessmentChanged crossing = REGION.crossing(PUPIL, 5, B5);
        publisher.publishAndWait(OutgoingEvent.of(crossing, PUPIL, PUPIL, json));
        kafka.destroy();
    }

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper mapper;
    @Autowired
    BindingsLifecycleController bindings;

    @Test
    void assessmentsWaitUntilTheAgreementsAreReadAndNoneIsDeadLettered() throws Exception {
        try {
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> !assessmentBindingRunning() && inbox().isEmpty());
        } finally {
            AGREEMENTS_RELEASED.countDown();
        }

        await().until(this::assessmentBindingRunning);
        await().until(() -> inbox().size() == 1);
        assertThat(inbox().get(0).get("pupilPseudonym").asString()).isEqualTo(PUPIL);
    }

    private boolean assessmentBindingRunning() {
        List<Binding<?>> assessments = bindings.queryState("onAssessment-in-0");
        return !assessments.isEmpty() && assessments.stream().allMatch(Binding::isRunning);
    }

    private JsonNode inbox() throws Exception {
        return mapper.readTree(http.perform(get("/api/inbox").with(Fixtures.signedInFor(REGION.school())))
                .andReturn().getResponse().getContentAsString());
    }

    /** Holds the agreement consumer, as a long backlog of agreements would, until the test releases it. */
    @TestConfiguration
    static class SlowAgreementConsumer {

        @Bean
        @Primary
        AgreementDirectory heldAgreementDirectory(MongoTemplate mongo) {
            return new AgreementDirectory(mongo, Clock.systemUTC()) {
                @Override
                public void record(AgreementPublished agreement) {
                    try {
                        AGREEMENTS_RELEASED.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    super.record(agreement);
                }
            };
        }
    }
}
