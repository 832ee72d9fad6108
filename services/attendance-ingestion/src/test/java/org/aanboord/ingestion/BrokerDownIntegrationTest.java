package org.aanboord.ingestion;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.Map;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.TestTokens;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service's producer points at a port where no broker listens (agreements still arrive from the real broker):
 * a batch is answered 503 with Retry-After, and since nothing was remembered, the same rows are not reported as
 * duplicates afterwards.
 */
@SpringBootTest(properties = {
        "spring.config.name=attendance-ingestion",
        "aanboord.ingestion.pseudonymisation-key=dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LXRlc3Qtb25seQ==",
        "aanboord.ingestion.vault-key=dGVzdC1vbmx5LXZhdWx0LWtleS10ZXN0LW9ubHktdmF1bHQta2V5",
        "spring.kafka.producer.bootstrap-servers=127.0.0.1:9",
        "spring.kafka.producer.properties.max.block.ms=1000",
        "aanboord.ack-timeout=2s"})
@AutoConfigureMockMvc
class BrokerDownIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "ingestion-broker-down-it");
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    @Autowired
    MockMvc http;
    @Autowired
    AgreementDirectory agreements;

    @Test
    void aBatchIsAnswered503WithRetryAfterAndNothingIsRemembered() throws Exception {
        theSampleAgreementIsOnTheBroker();
        await().until(() -> agreements.knowsSchool("school-demo-1"));
        String batch = """
                [{"schoolId":"school-demo-1","pupilId":"down-%1$s","date":"2026-11-16","halfDay":"VM","code":"B"},
                 {"schoolId":"school-demo-1","pupilId":"down-%1$s","date":"2026-11-16","halfDay":"NM","code":"B"}]"""
                .formatted(System.nanoTime());

        for (int attempt = 0; attempt < 2; attempt++) {
            http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", "school-demo-1")).contentType(MediaType.APPLICATION_JSON).content(batch))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    private static void theSampleAgreementIsOnTheBroker() throws Exception {
        byte[] sample;
        try (InputStream in = BrokerDownIntegrationTest.class.getClassLoader()
                .getResourceAsStream(EventCatalog.of(AgreementPublished.class).sampleResource())) {
            sample = in.readAllBytes();
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.AGREEMENTS_LIFECYCLE.wireName(),
                    "agreement-demo:v1", sample);
            record.headers().add("ce_id", "broker-down-it".getBytes());
            record.headers().add("ce_type", EventCatalog.of(AgreementPublished.class).ceType().getBytes());
            producer.send(record).get();
        }
    }
}
