package org.aanboord.platform.agreements;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the bindings whose events depend on an agreement (registrations are scored by one, assessments name one)
 * only once this service's agreement binding is in its consumer group and has read {@code agreements.lifecycle.v1}
 * up to where the topic ended when the service started. Without it a fresh service, or a fresh consumer group, can
 * read a backlog of those events before its own copy of the agreements fills, and the binder dead-letters them as
 * "agreement not known yet" once its few seconds of retries are spent. Afterwards a new agreement version is read
 * within milliseconds of its publication, well inside those retries.
 *
 * <p>The dependent bindings are configured with {@code consumer.auto-startup: false}; this starts them.
 */
public class AgreementsFirst implements SmartLifecycle {

    /** The binding that fills {@link AgreementDirectory}. */
    public static final String AGREEMENT_BINDING = "onAgreement-in-0";

    private static final Logger log = LoggerFactory.getLogger(AgreementsFirst.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration WARN_EVERY = Duration.ofSeconds(30);

    private final Map<String, Object> adminConfig;
    private final BindingsLifecycleController bindings;
    private final String topic;
    private final String group;
    private final List<String> dependentBindings;
    private volatile Thread waiting;

    public AgreementsFirst(Map<String, Object> adminConfig, BindingsLifecycleController bindings, String topic,
            String group, List<String> dependentBindings) {
        if (!dependentBindings.isEmpty() && (topic == null || group == null)) {
            throw new IllegalStateException(dependentBindings + " wait for the agreements: bind " + AGREEMENT_BINDING
                    + " to their topic with a consumer group");
        }
        this.adminConfig = Map.copyOf(adminConfig);
        this.bindings = bindings;
        this.topic = topic;
        this.group = group;
        this.dependentBindings = List.copyOf(dependentBindings);
    }

    @Override
    public void start() {
        if (dependentBindings.isEmpty()) {
            return;
        }
        Thread thread = new Thread(this::awaitAgreementsThenStartBindings, "agreements-first");
        thread.setDaemon(true);
        waiting = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = waiting;
        waiting = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return waiting != null;
    }

    /** After the binder's own lifecycle (which binds the dependent bindings without starting them). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void awaitAgreementsThenStartBindings() {
        long started = System.nanoTime();
        long lastWarning = started;
        try (Admin admin = Admin.create(adminConfig)) {
            Map<TopicPartition, Span> spans = null;
            while (waiting != null) {
                try {
                    if (spans == null) {
                        spans = spans(admin);
                    }
                    if (caughtUp(admin, spans)) {
                        log.info("Read {} to its end in {} ms (group {}): starting {}", topic,
                                Duration.ofNanos(System.nanoTime() - started).toMillis(), group, dependentBindings);
                        dependentBindings.forEach(bindings::start);
                        return;
                    }
                } catch (ExecutionException | KafkaException e) {
                    if (System.nanoTime() - lastWarning > WARN_EVERY.toNanos()) {
                        lastWarning = System.nanoTime();
                        log.warn("Still waiting to read {} before starting {}: {}", topic, dependentBindings,
                                e.getMessage());
                    }
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting = null;
        }
    }

    /** What each partition of the topic holds at start-up. */
    private Map<TopicPartition, Span> spans(Admin admin) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(partition -> new TopicPartition(topic, partition.partition())).toList();
        Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
        Map<TopicPartition, Span> spans = new HashMap<>();
        partitions.forEach(partition -> spans.put(partition, new Span(earliest.get(partition), latest.get(partition))));
        return spans;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec)))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /**
     * A member of the group is assigned the topic (so a version published from now on is read at once), and the
     * group's committed offsets reach the ends read at start-up on every partition that held records.
     */
    private boolean caughtUp(Admin admin, Map<TopicPartition, Span> spans) throws ExecutionException, InterruptedException {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        boolean assigned = description.members().stream()
                .anyMatch(member -> member.assignment().topicPartitions().stream().anyMatch(partition -> partition.topic().equals(topic)));
        if (!assigned) {
            return false;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        return spans.entrySet().stream().allMatch(partition -> partition.getValue().readUpTo(committed.get(partition.getKey())));
    }

    /** The records of a partition: from the first offset still on the topic to the offset after the last one. */
    private record Span(long first, long end) {

        boolean readUpTo(OffsetAndMetadata committed) {
            return first == end || committed != null && committed.offset() >= end;
        }
    }
}
