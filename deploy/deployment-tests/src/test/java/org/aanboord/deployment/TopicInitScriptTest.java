package org.aanboord.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.deployment.TopicsDefinition.TopicEntry;
import org.junit.jupiter.api.Test;

/** docker-compose's kafka-init reads topics.yaml with awk: it must see what a YAML parser sees. */
class TopicInitScriptTest {

    @Test
    void theAwkReaderSeesEveryTopicWithItsPartitionsAndConfig() {
        assumeTrue(RepositoryFiles.onPath("awk"), "awk is not installed");
        String output = RepositoryFiles.run(List.of("awk", "-f", "deploy/kafka/topics.awk", TopicsDefinition.FILE), Map.of());

        Map<String, String> expected = new LinkedHashMap<>();
        for (TopicEntry topic : TopicsDefinition.load().topics()) {
            StringBuilder config = new StringBuilder();
            topic.config().forEach((key, value) -> config.append(config.length() == 0 ? "" : ",").append(key).append('=').append(value));
            expected.put(topic.name(), topic.partitions() + " " + config);
        }
        Map<String, String> read = new LinkedHashMap<>();
        output.lines().forEach(line -> {
            String[] fields = line.split(" ", 2);
            read.put(fields[0], fields[1]);
        });
        assertThat(read).containsExactlyEntriesOf(expected);
    }
}
