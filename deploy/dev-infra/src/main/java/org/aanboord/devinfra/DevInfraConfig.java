package org.aanboord.devinfra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Where dev-infra keeps its data, which localhost ports it listens on and which of its two parts it runs.
 *
 * <p>Each setting is read from a system property first, then an environment variable, then a default:
 * <pre>
 *   aanboord.data.dir              AANBOORD_DATA_DIR                .data/dev-infra (relative to the working dir)
 *   aanboord.kafka.port            AANBOORD_KAFKA_PORT              9092
 *   aanboord.kafka.controller.port AANBOORD_KAFKA_CONTROLLER_PORT   9093
 *   aanboord.mongo.port            AANBOORD_MONGO_PORT              27017
 *   aanboord.components            AANBOORD_COMPONENTS              kafka,mongo
 * </pre>
 * Running only one component (e.g. one JVM with {@code kafka}, another with {@code mongo}, each with its own data
 * dir) lets the broker and the store be stopped and started independently.
 */
public record DevInfraConfig(Path dataDir, int kafkaPort, int controllerPort, int mongoPort, Set<Component> components) {

    /** The two parts dev-infra can run. */
    public enum Component { KAFKA, MONGO }

    public static final String DEFAULT_DATA_DIR = ".data/dev-infra";
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_MONGO_PORT = 27017;

    public DevInfraConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath().normalize();
        checkPort("kafka port", kafkaPort);
        checkPort("kafka controller port", controllerPort);
        checkPort("mongo port", mongoPort);
        if (kafkaPort == controllerPort || kafkaPort == mongoPort || controllerPort == mongoPort) {
            throw new IllegalArgumentException("ports must differ: kafka=" + kafkaPort
                    + " controller=" + controllerPort + " mongo=" + mongoPort);
        }
        Objects.requireNonNull(components, "components");
        if (components.isEmpty()) {
            throw new IllegalArgumentException("no component to run: name kafka, mongo or both");
        }
        components = Set.copyOf(components);
    }

    /** Both components. */
    public DevInfraConfig(Path dataDir, int kafkaPort, int controllerPort, int mongoPort) {
        this(dataDir, kafkaPort, controllerPort, mongoPort, EnumSet.allOf(Component.class));
    }

    public boolean runs(Component component) {
        return components.contains(component);
    }

    /** Settings from the JVM's system properties and the process environment. */
    public static DevInfraConfig fromEnvironment() {
        return from(System.getProperties(), System.getenv());
    }

    static DevInfraConfig from(Properties sys, Map<String, String> env) {
        return new DevInfraConfig(
                Path.of(lookup(sys, env, "aanboord.data.dir", "AANBOORD_DATA_DIR", DEFAULT_DATA_DIR)),
                port(sys, env, "aanboord.kafka.port", "AANBOORD_KAFKA_PORT", DEFAULT_KAFKA_PORT),
                port(sys, env, "aanboord.kafka.controller.port", "AANBOORD_KAFKA_CONTROLLER_PORT", DEFAULT_CONTROLLER_PORT),
                port(sys, env, "aanboord.mongo.port", "AANBOORD_MONGO_PORT", DEFAULT_MONGO_PORT),
                components(lookup(sys, env, "aanboord.components", "AANBOORD_COMPONENTS", "kafka,mongo")));
    }

    private static Set<Component> components(String names) {
        Set<Component> components = EnumSet.noneOf(Component.class);
        for (String name : Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList()) {
            try {
                components.add(Component.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("aanboord.components / AANBOORD_COMPONENTS: unknown component '"
                        + name + "' (kafka, mongo)", e);
            }
        }
        return components;
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    public String mongoUri() {
        return "mongodb://localhost:" + mongoPort;
    }

    public Path kafkaLogDir() {
        return dataDir.resolve("kafka");
    }

    public Path mongoFile() {
        return dataDir.resolve("mongo").resolve("mongo.mv.db");
    }

    public Path readyFile() {
        return dataDir.resolve("ready");
    }

    private static String lookup(Properties sys, Map<String, String> env, String prop, String envVar, String def) {
        String value = sys.getProperty(prop);
        if (value == null || value.isBlank()) {
            value = env.get(envVar);
        }
        return value == null || value.isBlank() ? def : value.trim();
    }

    private static int port(Properties sys, Map<String, String> env, String prop, String envVar, int def) {
        String value = lookup(sys, env, prop, envVar, Integer.toString(def));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(prop + " / " + envVar + " is not a port number: " + value, e);
        }
    }

    private static void checkPort(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " out of range: " + port);
        }
    }
}
