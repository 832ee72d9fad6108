package org.aanboord.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.aanboord.contracts.Topic;
import org.aanboord.deployment.TopicsDefinition.TopicEntry;
import org.junit.jupiter.api.Test;

/** deploy/topics.yaml against the topic catalog and against what the services actually bind. */
class TopicsDefinitionTest {

    private final TopicsDefinition topics = TopicsDefinition.load();
    private final List<Binding> bindings = Binding.ofAllServices();

    @Test
    void everyCatalogTopicIsDefinedWithItsOwnerAndCompaction() {
        for (Topic catalogTopic : Topic.values()) {
            TopicEntry entry = topics.topic(catalogTopic.wireName()).orElseThrow(
                    () -> new AssertionError(catalogTopic.wireName() + " is in the Topic catalog but not in " + TopicsDefinition.FILE));
            assertThat(entry.owner()).as("owner of " + entry.name()).isEqualTo(catalogTopic.owner());
            assertThat(entry.compacted()).as("compaction of " + entry.name()).isEqualTo(catalogTopic.compacted());
        }
        assertThat(topics.eventTopics()).extracting(TopicEntry::name)
                .as("event topics in %s that the catalog does not know", TopicsDefinition.FILE)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Topic.values()).map(Topic::wireName).toList());
    }

    @Test
    void servicesHaveConsumerBindingsToCheck() {
        assertThat(bindings).extracting(Binding::service).containsAll(List.of(
                "attendance-ingestion", "risk-scoring", "case-management", "notifications"));
    }

    @Test
    void everyBindingHasItsNamedDeadLetterTopicDefinedWithTheSourcePartitions() {
        for (Binding binding : bindings) {
            String expected = binding.source().topic() + "." + binding.source().group() + ".dlt";
            if (binding.batchMode()) {
                assertThat(binding.dlqEnabled()).as(binding.service() + " " + binding.name()
                        + " enable-dlq (in batch mode the binder would dead-letter a whole poll)").isFalse();
            } else {
                assertThat(binding.dlqEnabled()).as(binding.service() + " " + binding.name() + " enable-dlq").isTrue();
                assertThat(binding.dlqName()).as(binding.service() + " " + binding.name() + " dlq-name").isEqualTo(expected);
            }
            TopicEntry dlt = topics.topic(expected).orElseThrow(() -> new AssertionError(
                    binding.service() + " binds " + binding.name() + " with dead-letter topic " + expected
                            + ", which " + TopicsDefinition.FILE + " does not define"));
            assertThat(dlt.deadLetterOf()).as("deadLetterOf of " + expected).isEqualTo(binding.source());
            int sourcePartitions = topics.topic(binding.source().topic()).orElseThrow().partitions();
            assertThat(dlt.partitions()).as("partitions of " + expected + " (the binder keeps the source partition)")
                    .isEqualTo(sourcePartitions);
        }
    }

    @Test
    void everyBindingIsListedAsAConsumerAndEveryListedConsumerBinds() {
        for (Binding binding : bindings) {
            assertThat(binding.source().group()).as("consumer group of " + binding.service()).isEqualTo(binding.service());
            TopicEntry topic = topics.topic(binding.source().topic()).orElseThrow(() -> new AssertionError(
                    binding.service() + " reads " + binding.source().topic() + ", which " + TopicsDefinition.FILE + " does not define"));
            assertThat(topic.consumers()).as("consumers of " + topic.name()).contains(binding.source().group());
        }
        for (TopicEntry topic : topics.eventTopics()) {
            for (String group : topic.consumers()) {
                assertThat(bindings).as(group + " is listed as a consumer of " + topic.name() + " but has no binding")
                        .anyMatch(binding -> binding.source().equals(new Binding.Source(topic.name(), group)));
            }
        }
    }

    @Test
    void everyDeadLetterTopicBelongsToABinding() {
        for (TopicEntry dlt : topics.deadLetterTopics()) {
            assertThat(dlt.name()).isEqualTo(dlt.deadLetterOf().topic() + "." + dlt.deadLetterOf().group() + ".dlt");
            assertThat(bindings).as(dlt.name() + " has no binding that writes to it")
                    .anyMatch(binding -> binding.source().equals(dlt.deadLetterOf()));
        }
    }

    @Test
    void everyTopicHasPartitionsAndARetentionPolicy() {
        for (TopicEntry topic : topics.topics()) {
            assertThat(topic.partitions()).as("partitions of " + topic.name()).isPositive();
            assertThat(topic.config()).as("config of " + topic.name()).containsKeys("cleanup.policy", "retention.ms");
        }
    }
}
