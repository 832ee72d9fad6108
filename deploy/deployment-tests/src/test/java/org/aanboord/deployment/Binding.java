package org.aanboord.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Spring Cloud Stream consumer binding as configured in a service's own yml file.
 *
 * @param batchMode whether the binding takes whole polls; its dead-lettering is then the listener container's,
 *                  record by record, to {@code <topic>.<group>.dlt}, and the binder's own must be off
 */
record Binding(String service, String name, Source source, boolean dlqEnabled, String dlqName, boolean batchMode) {

    /** Where a binding reads: its destination topic and consumer group. */
    record Source(String topic, String group) {
    }

    /** Every input binding of every service: services/&lt;service&gt;/src/main/resources/*.yml. */
    static List<Binding> ofAllServices() {
        List<Binding> bindings = new ArrayList<>();
        try (Stream<Path> services = Files.list(RepositoryFiles.path("services"))) {
            for (Path service : services.sorted().toList()) {
                Path resources = service.resolve("src/main/resources");
                if (Files.isDirectory(resources)) {
                    bindings.addAll(ofService(service.getFileName().toString(), resources));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bindings;
    }

    private static List<Binding> ofService(String service, Path resources) throws IOException {
        List<Binding> bindings = new ArrayList<>();
        try (Stream<Path> files = Files.list(resources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).toList()) {
                for (Map<String, Object> document : RepositoryFiles.documents(RepositoryFiles.read(file))) {
                    bindings.addAll(inputs(service, document));
                }
            }
        }
        return bindings;
    }

    private static List<Binding> inputs(String service, Map<String, Object> config) {
        Map<String, Object> kafkaBindings = Yamls.map(config, "spring.cloud.stream.kafka.bindings");
        return Yamls.map(config, "spring.cloud.stream.bindings").entrySet().stream()
                .filter(binding -> binding.getKey().contains("-in-"))
                .map(binding -> {
                    Object kafka = Yamls.at(kafkaBindings.get(binding.getKey()), "consumer");
                    return new Binding(service, binding.getKey(),
                            new Source(Yamls.string(binding.getValue(), "destination"),
                                    Yamls.string(binding.getValue(), "group")),
                            Boolean.TRUE.equals(Yamls.at(kafka, "enable-dlq")),
                            Yamls.string(kafka, "dlq-name"),
                            Boolean.TRUE.equals(Yamls.at(Yamls.at(binding.getValue(), "consumer"), "batch-mode")));
                })
                .toList();
    }
}
