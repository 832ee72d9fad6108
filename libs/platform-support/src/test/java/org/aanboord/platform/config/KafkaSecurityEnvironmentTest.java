package org.aanboord.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.provisioning.KafkaTopicProvisioner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class KafkaSecurityEnvironmentTest {

    @Test
    void withoutAUserEveryClientStaysPlaintext() {
        KafkaProperties kafka = kafkaProperties(Map.of());

        assertThat(kafka.buildProducerProperties()).doesNotContainKeys("security.protocol", "sasl.jaas.config");
        assertThat(kafka.buildAdminProperties()).doesNotContainKeys("security.protocol", "sasl.mechanism");
    }

    @Test
    void aUserGivesProducersConsumersAndAdminTheSameScramSettings() {
        KafkaProperties kafka = kafkaProperties(Map.of(
                "AANBOORD_KAFKA_USERNAME", "risk-scoring", "AANBOORD_KAFKA_PASSWORD", "s3cret"));

        for (Map<String, Object> client : List.of(kafka.buildProducerProperties(),
                kafka.buildConsumerProperties(), kafka.buildAdminProperties())) {
            assertThat(client)
                    .containsEntry("security.protocol", "SASL_PLAINTEXT")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule"
                            + " required username=\"risk-scoring\" password=\"s3cret\";");
        }
    }

    @Test
    void theStreamBindersConsumersProducersAndAdminClientGetThemToo() {
        KafkaProperties kafka = kafkaProperties(Map.of(
                "AANBOORD_KAFKA_USERNAME", "risk-scoring", "AANBOORD_KAFKA_PASSWORD", "s3cret"));
        KafkaBinderConfigurationProperties binder = new KafkaBinderConfigurationProperties(kafka,
                new DefaultListableBeanFactory().getBeanProvider(KafkaConnectionDetails.class));

        for (Map<String, Object> client : List.of(binder.mergedConsumerConfiguration(),
                binder.mergedProducerConfiguration(),
                new KafkaTopicProvisioner(binder, kafka, List.of()).getAdminClientProperties())) {
            assertThat(client)
                    .containsEntry("security.protocol", "SASL_PLAINTEXT")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsKey("sasl.jaas.config");
        }
    }

    @Test
    void theProtocolCanBeSaslSslAndAnExplicitSpringPropertyWins() {
        KafkaProperties kafka = kafkaProperties(Map.of(
                "AANBOORD_KAFKA_USERNAME", "notifications", "AANBOORD_KAFKA_PASSWORD", "s3cret",
                "AANBOORD_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-256"));

        assertThat(kafka.buildConsumerProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-256");
    }

    @Test
    void quotesAndBackslashesInThePasswordSurviveTheJaasParser() {
        String password = "a\"b\\c d;e";
        String jaas = KafkaSecurityEnvironment.jaasConfig("case-management", password);

        Map<String, Object> options = Map.copyOf(JaasContext.loadClientContext(Map.of("sasl.jaas.config", new Password(jaas)))
                .configurationEntries().get(0).getOptions());

        assertThat(options).containsEntry("username", "case-management").containsEntry("password", password);
    }

    @Test
    void aUserWithoutAPasswordStopsTheService() {
        assertThatThrownBy(() -> kafkaProperties(Map.of("AANBOORD_KAFKA_USERNAME", "risk-scoring")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AANBOORD_KAFKA_PASSWORD");
    }

    /** Boot's Kafka properties as a service binds them, after the post-processor ran on the given environment. */
    static KafkaProperties kafkaProperties(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                "variables", new HashMap<>(variables)));
        new KafkaSecurityEnvironment().postProcessEnvironment(environment, null);
        return Binder.get(environment).bindOrCreate("spring.kafka", KafkaProperties.class);
    }
}
