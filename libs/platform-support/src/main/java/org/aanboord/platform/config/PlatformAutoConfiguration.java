package org.aanboord.platform.config;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementLifecycleEvent;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.agreements.AgreementsFirst;
import org.aanboord.platform.health.MongoPingHealthIndicator;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.EventReader;
import org.aanboord.platform.outbox.OutboxRelay;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the platform pieces every service uses. */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    EventReader eventReader(EventJson eventJson) {
        return new EventReader(eventJson);
    }

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<String, byte[]> kafkaTemplate,
            @Value("${spring.application.name}") String applicationName, PlatformProperties properties) {
        return new EventPublisher(kafkaTemplate, "/aanboord/" + applicationName, properties.ackTimeout());
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongoTemplate, EventPublisher eventPublisher, PlatformProperties properties) {
        return new OutboxRelay(mongoTemplate, eventPublisher, properties.outboxCollections(),
                properties.outbox().sweepMinAge());
    }

    @Bean
    AgreementDirectory agreementDirectory(MongoTemplate mongoTemplate) {
        return new AgreementDirectory(mongoTemplate, Clock.systemUTC());
    }

    /**
     * The binding that keeps {@link AgreementDirectory} up to date. A service uses it by listing
     * {@code onAgreement} in {@code spring.cloud.function.definition} and binding {@code onAgreement-in-0}.
     */
    @Bean
    @ConditionalOnMissingBean(name = "onAgreement")
    Consumer<Message<byte[]>> onAgreement(EventReader eventReader, AgreementDirectory agreementDirectory) {
        return message -> {
            AgreementLifecycleEvent event = eventReader.read(message, AgreementLifecycleEvent.class).event();
            if (event instanceof AgreementPublished published) {
                agreementDirectory.record(published);
            }
        };
    }

    @Bean
    AgreementsFirst agreementsFirst(KafkaAdmin kafkaAdmin, BindingsLifecycleController bindings,
            BindingServiceProperties bindingProperties, PlatformProperties properties) {
        return new AgreementsFirst(kafkaAdmin.getConfigurationProperties(), bindings,
                bindingProperties.getBindingDestination(AgreementsFirst.AGREEMENT_BINDING),
                bindingProperties.getGroup(AgreementsFirst.AGREEMENT_BINDING), properties.startAfterAgreements());
    }

    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongoTemplate) {
        return new MongoPingHealthIndicator(mongoTemplate);
    }

    @Bean
    @ConditionalOnProperty("spring.mongodb.username")
    MongoCredentialCustomizer mongoCredentialCustomizer(MongoProperties mongoProperties) {
        return new MongoCredentialCustomizer(mongoProperties);
    }

    /** Every service declares the whole catalog, so whichever starts first creates topics with the right shape. */
    @Bean
    KafkaAdmin.NewTopics catalogTopics(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(Stream.of(Topic.values())
                .map(topic -> newTopic(topic, properties))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic newTopic(Topic topic, PlatformProperties properties) {
        TopicBuilder builder = TopicBuilder.name(topic.wireName())
                .partitions(topic.compacted() ? 1 : properties.topicPartitions())
                .replicas(properties.topicReplicas());
        return topic.compacted() ? builder.compact().build() : builder.build();
    }
}
