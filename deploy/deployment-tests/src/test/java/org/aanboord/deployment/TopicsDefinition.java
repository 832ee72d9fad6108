package org.aanboord.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** deploy/topics.yaml, the single definition of every topic. */
record TopicsDefinition(List<TopicEntry> topics) {

    static final String FILE = "deploy/topics.yaml";

    /** One topic; {@code deadLetterOf} is null for a topic that is not a dead-letter topic. */
    record TopicEntry(String name, String owner, int partitions, List<String> consumers, boolean limitsReplicas,
                      Map<String, Object> config, Binding.Source deadLetterOf) {

        boolean compacted() {
            return "compact".equals(String.valueOf(config.get("cleanup.policy")));
        }
    }

    static TopicsDefinition load() {
        return parse(RepositoryFiles.yaml(FILE));
    }

    static TopicsDefinition parse(Map<String, Object> yaml) {
        return new TopicsDefinition(Yamls.list(yaml, "topics").stream().map(TopicsDefinition::entry).toList());
    }

    private static TopicEntry entry(Object topic) {
        Object deadLetterOf = Yamls.at(topic, "deadLetterOf");
        Object limitsReplicas = Yamls.at(topic, "limitsReplicas");
        return new TopicEntry(
                Yamls.string(topic, "name"),
                Yamls.string(topic, "owner"),
                ((Number) Yamls.at(topic, "partitions")).intValue(),
                Yamls.list(topic, "consumers").stream().map(String::valueOf).toList(),
                limitsReplicas == null || Boolean.TRUE.equals(limitsReplicas),
                Yamls.map(topic, "config"),
                deadLetterOf == null ? null
                        : new Binding.Source(Yamls.string(deadLetterOf, "topic"), Yamls.string(deadLetterOf, "group")));
    }

    Optional<TopicEntry> topic(String name) {
        return topics.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    List<TopicEntry> deadLetterTopics() {
        return topics.stream().filter(topic -> topic.deadLetterOf() != null).toList();
    }

    List<TopicEntry> eventTopics() {
        return topics.stream().filter(topic -> topic.deadLetterOf() == null).toList();
    }

    /** The topics a consumer group reads. */
    List<TopicEntry> consumedBy(String group) {
        return eventTopics().stream().filter(topic -> topic.consumers().contains(group)).toList();
    }
}
