package org.aanboord.badinput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * What the platform holds: the end offset of every partition of every topic, and a fingerprint of every document
 * of every service database. Two equal snapshots mean a request left no trace in Kafka or MongoDB.
 */
final class Traces implements AutoCloseable {

    private final Admin kafka;
    private final MongoClient mongo;
    private final String databasePrefix;
    /** Partitions per topic, described once: a topic's partition count does not change during the run. */
    private final Map<String, List<TopicPartition>> partitions = new HashMap<>();

    Traces(String bootstrapServers, String mongoUri, String databasePrefix) {
        kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        mongo = MongoClients.create(mongoUri);
        this.databasePrefix = databasePrefix;
    }

    Snapshot snapshot() {
        return new Snapshot(endOffsets(), documents());
    }

    private Map<String, Long> endOffsets() {
        try {
            Set<String> topics = kafka.listTopics().names().get();
            List<String> unknown = topics.stream().filter(topic -> !partitions.containsKey(topic)).toList();
            if (!unknown.isEmpty()) {
                kafka.describeTopics(unknown).allTopicNames().get().values().forEach(description -> partitions.put(
                        description.name(), description.partitions().stream()
                                .map(partition -> new TopicPartition(description.name(), partition.partition())).toList()));
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topics.forEach(topic -> partitions.get(topic).forEach(partition -> latest.put(partition, OffsetSpec.latest())));
            Map<String, Long> ends = new TreeMap<>();
            kafka.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition.toString(), info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String AUDIT_TRAIL = "audit_trail";

    /** Per collection: document count and a hash of every document's JSON. */
    private Map<String, String> documents() {
        Map<String, String> fingerprints = new TreeMap<>();
        for (String name : mongo.listDatabaseNames()) {
            if (!name.startsWith(databasePrefix)) {
                continue;
            }
            MongoDatabase database = mongo.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                if (AUDIT_TRAIL.equals(collection)) {
                    continue; // every answered request is audited, refusals included: that trace is wanted
                }
                List<String> documents = new ArrayList<>();
                database.getCollection(collection).find().map(Document::toJson).forEach(documents::add);
                documents.sort(null);
                fingerprints.put(name + "." + collection, documents.size() + "#" + Objects.hash(documents.toArray()));
            }
        }
        return fingerprints;
    }

    @Override
    public void close() {
        kafka.close();
        mongo.close();
    }

    record Snapshot(Map<String, Long> offsets, Map<String, String> documents) {

        /** What differs from an earlier snapshot, readable in a failure message; empty when nothing does. */
        String changesSince(Snapshot before) {
            List<String> changes = new ArrayList<>();
            offsets.forEach((partition, end) -> {
                long was = before.offsets.getOrDefault(partition, 0L);
                if (end != was) {
                    changes.add((end - was) + " new record(s) on " + partition);
                }
            });
            documents.forEach((collection, fingerprint) -> {
                if (!fingerprint.equals(before.documents.get(collection))) {
                    changes.add("MongoDB " + collection + " changed (" + before.documents.get(collection) + " -> "
                            + fingerprint + ")");
                }
            });
            return changes.stream().collect(Collectors.joining("; "));
        }
    }
}
