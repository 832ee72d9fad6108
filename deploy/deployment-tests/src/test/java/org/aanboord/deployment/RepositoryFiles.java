package org.aanboord.deployment;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Files of the repository under test, and YAML read the way the tools read it (several documents per file). */
final class RepositoryFiles {

    /** The services: Kafka and MongoDB behind each. */
    static final List<String> SERVICES = List.of(
            "stakeholder-agreements", "attendance-ingestion", "risk-scoring", "case-management", "notifications");
    /** The web application: only the services' REST APIs behind it. */
    static final String CONSOLE = "hub-console";
    /** The console's base URL variable (hub-console.yml) of each service it calls: all of them. */
    static final Map<String, String> CONSOLE_CALLS = Map.of(
            "AGREEMENTS_URL", "stakeholder-agreements", "INGESTION_URL", "attendance-ingestion", "RISK_URL", "risk-scoring",
            "CASES_URL", "case-management", "NOTIFICATIONS_URL", "notifications");
    /** Everything built from deploy/docker/Dockerfile and deployed by the chart. */
    static final List<String> APPLICATIONS = Stream.concat(SERVICES.stream(), Stream.of(CONSOLE)).toList();

    private RepositoryFiles() {
    }

    static Path root() {
        String configured = System.getProperty("aanboord.repository.root");
        Path root = configured != null ? Path.of(configured) : Path.of("../..");
        return root.toAbsolutePath().normalize();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every values file and template of the charts under helm/, by path, with its text. */
    static Map<String, String> helmSources() {
        try (Stream<Path> files = Files.walk(path("helm"))) {
            Map<String, String> sources = new TreeMap<>();
            files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".tpl"))
                    .forEach(file -> sources.put(root().relativize(file).toString(), read(file)));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(String relative) {
        return yamlOf(read(path(relative)));
    }

    static Map<String, Object> yamlOf(String text) {
        return new Yaml(new LoaderOptions()).load(text);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(directory -> new File(directory, program).canExecute());
    }

    /** Runs a program in the repository root and returns what it printed (stdout and stderr), failing on exit != 0. */
    static String run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every non-empty document of a multi-document YAML stream (e.g. `helm template` output). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(text)) {
            if (document instanceof Map) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }
}
