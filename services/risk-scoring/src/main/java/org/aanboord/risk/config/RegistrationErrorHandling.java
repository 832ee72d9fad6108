package org.aanboord.risk.config;

import java.util.Map;

import org.aanboord.contracts.Topic;
import org.aanboord.platform.config.PlatformProperties;
import org.aanboord.platform.messaging.PoisonMessageException;
import org.aanboord.risk.RiskScoringApplication;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.ConsumerProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Retries and dead-lettering for the registrations binding, which consumes in batch mode. The binder can only
 * dead-letter a whole failed batch, so the listener container does it record by record instead: the binding names
 * the failed record ({@code BatchListenerFailedException}), the records before it are committed, a poison record
 * goes straight to {@code attendance.registrations.v1.risk-scoring.dlt}, a transient failure is retried with the
 * binding's back-off ({@code max-attempts}, {@code back-off-*}) and then dead-lettered. Dead letters keep the
 * binder's header names ({@code x-original-topic}, {@code x-exception-message}, ...), as the runbook says.
 */
@Configuration
class RegistrationErrorHandling implements DisposableBean {

    static final String BINDING = "onRegistration-in-0";

    /** Forwards the raw key and value bytes; not a bean, so it does not replace the service's own producer. */
    private final DefaultKafkaProducerFactory<byte[], byte[]> deadLetterProducers;

    RegistrationErrorHandling(KafkaProperties kafka) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        deadLetterProducers = new DefaultKafkaProducerFactory<>(producer);
    }

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> registrationErrorHandler(
            BindingServiceProperties bindings) {
        return (container, destination, group) -> {
            if (Topic.ATTENDANCE_REGISTRATIONS.wireName().equals(destination)) {
                container.setCommonErrorHandler(errorHandler(bindings.getConsumerProperties(BINDING),
                        Topic.ATTENDANCE_REGISTRATIONS.deadLetterTopic(group)));
            }
        };
    }

    /** Created with the service like the catalog topics (the binder only creates dead-letter topics it publishes to). */
    @Bean
    NewTopic registrationsDeadLetterTopic(PlatformProperties platform) {
        return TopicBuilder.name(Topic.ATTENDANCE_REGISTRATIONS.deadLetterTopic(RiskScoringApplication.NAME))
                .partitions(platform.topicPartitions()).replicas(platform.topicReplicas()).build();
    }

    @Override
    public void destroy() {
        deadLetterProducers.destroy();
    }

    private DefaultErrorHandler errorHandler(ConsumerProperties retry, String deadLetterTopic) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(deadLetterProducers),
                (record, exception) -> new TopicPartition(deadLetterTopic, record.partition()));
        recoverer.setHeaderNamesSupplier(RegistrationErrorHandling::binderHeaderNames);
        ConsumerAwareRecordRecoverer deadLetter = (record, consumer, exception) -> recoverer.accept(record, consumer,
                reasonOf(exception));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.getMaxAttempts() - 1);
        backOff.setInitialInterval(retry.getBackOffInitialInterval());
        backOff.setMultiplier(retry.getBackOffMultiplier());
        backOff.setMaxInterval(retry.getBackOffMaxInterval());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetter, backOff);
        handler.addNotRetryableExceptions(PoisonMessageException.class);
        return handler;
    }

    /** What the binding said went wrong with the record, rather than the listener container's wrapper around it. */
    private static Exception reasonOf(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException failed && failed.getCause() instanceof Exception reason) {
                return reason;
            }
        }
        return exception;
    }

    private static HeaderNames binderHeaderNames() {
        return HeaderNames.Builder.original()
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .exceptionMessage("x-exception-message")
                .exceptionStacktrace("x-exception-stacktrace")
                .keyExceptionFqcn("x-key-exception-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .build();
    }
}
