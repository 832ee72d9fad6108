package org.aanboord.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** docker-compose.yml: what runs, in which order, hardened, images from .env and no secret in the file. */
class ComposeFileTest {

    private static final Set<String> INFRASTRUCTURE = Set.of(
            "kafka", "kafka-format", "kafka-init", "mongo-keyfile", "mongo-1", "mongo-2", "mongo-3", "mongo-init", "mailpit");
    private static final Set<String> OBSERVABILITY = Set.of("prometheus", "grafana", "kafka-exporter");
    private static final Set<String> RUN_ONCE = Set.of("kafka-format", "kafka-init", "mongo-keyfile", "mongo-init");

    private final Map<String, Object> compose = RepositoryFiles.yaml("docker-compose.yml");
    private final Map<String, Object> services = Yamls.map(compose, "services");
    private final Map<String, String> env = EnvFile.load();

    @Test
    void runsKafkaMongoReplicaSetEveryServiceTheConsoleAndAMailCatcher() {
        assertThat(services).containsKeys(INFRASTRUCTURE.toArray(String[]::new));
        assertThat(services).containsKeys(RepositoryFiles.APPLICATIONS.toArray(String[]::new));
        assertThat(Yamls.list(services, "mongo-1.command")).contains("--replSet", "rs0");
        assertThat(Yamls.string(services, "kafka.environment.KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        for (String service : RepositoryFiles.SERVICES) {
            assertThat(Yamls.string(services, service + ".environment.MONGODB_URI"))
                    .as(service + " talks to the replica set").contains("replicaSet=rs0");
            assertThat(Yamls.string(services, service + ".environment.KAFKA_BOOTSTRAP")).isEqualTo("kafka:9092");
        }
    }

    @Test
    void theConsoleCallsTheServicesByTheirComposeNamesAndSignsInAtTheIssuer() {
        Map<String, Object> environment = Yamls.map(services, RepositoryFiles.CONSOLE + ".environment");
        String consoleConfig = RepositoryFiles.read(
                RepositoryFiles.path("services/hub-console/src/main/resources/hub-console.yml"));
        assertThat(consoleConfig).as("the variables the console reads")
                .contains(RepositoryFiles.CONSOLE_CALLS.keySet().stream().map(variable -> "${" + variable + ":").toList());
        RepositoryFiles.CONSOLE_CALLS.forEach((variable, service) ->
                assertThat(environment).as("console " + variable).containsEntry(variable, "http://" + service + ":8080"));
        assertThat(Yamls.map(services, RepositoryFiles.CONSOLE + ".depends_on")).as("console depends_on")
                .containsOnlyKeys(RepositoryFiles.SERVICES.toArray(String[]::new));
        assertThat(String.valueOf(environment.get("AANBOORD_ISSUER_URI"))).startsWith("${AANBOORD_ISSUER_URI:?");
        assertThat(String.valueOf(environment.get("AANBOORD_CONSOLE_CLIENT_ID"))).startsWith("${AANBOORD_CONSOLE_CLIENT_ID:?");
        assertThat(String.valueOf(environment.get("AANBOORD_CONSOLE_CLIENT_SECRET")))
                .startsWith("${AANBOORD_CONSOLE_CLIENT_SECRET:?");
        assertThat(environment).as("the console keeps no data and reads no topic")
                .doesNotContainKeys("MONGODB_URI", "KAFKA_BOOTSTRAP");
    }

    @Test
    void everyImageNameAndTagComesFromTheEnvFile() {
        services.forEach((name, service) -> {
            String image = Yamls.string(service, "image");
            assertThat(image).as(name + " image").isNotBlank();
            assertThat(image).as(name + " image tag is a .env variable").matches(".*\\$\\{[A-Z0-9_]+}");
            assertThat(env).as(name + " image variables defined in .env").containsKeys(
                    EnvFile.references(image).toArray(String[]::new));
            assertThat(EnvFile.interpolate(image, env)).as(name + " image tag").doesNotEndWith(":latest").contains(":");
        });
    }

    @Test
    void kafkaAndMongoImagesAreTheOnesTheTestsUse() {
        assertThat(env.get("KAFKA_IMAGE")).isEqualTo(System.getProperty("aanboord.image.kafka"));
        assertThat(env.get("MONGO_IMAGE")).isEqualTo(System.getProperty("aanboord.image.mongo"));
    }

    @Test
    void everyServiceIsBuiltFromTheOneDockerfileWithBaseImagesFromTheEnvFile() {
        for (String service : RepositoryFiles.APPLICATIONS) {
            Object build = Yamls.at(services, service + ".build");
            assertThat(Yamls.string(build, "dockerfile")).isEqualTo("deploy/docker/Dockerfile");
            assertThat(Yamls.string(build, "args.SERVICE")).isEqualTo(service);
            assertThat(Yamls.string(build, "args.JDK_IMAGE")).isEqualTo("${JDK_IMAGE}");
            assertThat(Yamls.string(build, "args.JRE_IMAGE")).isEqualTo("${JRE_IMAGE}");
        }
    }

    @Test
    void servicesRunHardenedWithAReadOnlyRootAndATmpVolume() {
        for (String service : RepositoryFiles.APPLICATIONS) {
            Object definition = services.get(service);
            assertThat(Yamls.at(definition, "read_only")).as(service + " read_only").isEqualTo(true);
            assertThat(Yamls.list(definition, "tmpfs")).as(service + " tmpfs")
                    .anyMatch(mount -> String.valueOf(mount).startsWith("/tmp"));
            assertThat(Yamls.string(definition, "user")).as(service + " user").doesNotStartWith("0").isNotEqualTo("root");
            assertThat(Yamls.list(definition, "cap_drop")).as(service + " cap_drop").contains("ALL");
            assertThat(Yamls.list(definition, "security_opt")).contains("no-new-privileges:true");
            assertThat(Yamls.list(definition, "healthcheck.test")).as(service + " healthcheck").contains("/app/healthcheck");
        }
    }

    @Test
    void everyContainerHasAMemoryLimit() {
        services.forEach((name, service) ->
                assertThat(Yamls.string(service, "mem_limit")).as(name + " mem_limit").matches("\\d+[mg]"));
    }

    @Test
    void startOrderIsGatedOnHealthAndOnCompletedInitialisation() {
        services.forEach((name, service) -> Yamls.map(service, "depends_on").forEach((dependency, how) -> {
            String condition = Yamls.string(how, "condition");
            if (RUN_ONCE.contains(dependency)) {
                assertThat(condition).as(name + " waits for " + dependency).isEqualTo("service_completed_successfully");
            } else {
                assertThat(condition).as(name + " waits for " + dependency).isEqualTo("service_healthy");
                assertThat(Yamls.at(services.get(dependency), "healthcheck")).as(dependency + " healthcheck").isNotNull();
            }
        }));
        for (String service : RepositoryFiles.SERVICES) {
            assertThat(Yamls.map(services, service + ".depends_on")).as(service + " depends_on")
                    .containsKeys("kafka-init", "mongo-init");
        }
        assertThat(Yamls.map(services, "kafka-init.depends_on")).containsKey("kafka");
        assertThat(Yamls.map(services, "mongo-init.depends_on")).containsKeys("mongo-1", "mongo-2", "mongo-3");
    }

    @Test
    void secretsComeFromTheEnvironmentOnly() {
        services.forEach((name, service) -> Yamls.map(service, "environment").forEach((key, value) -> {
            if (key.matches(".*(KEY|PASSWORD|SECRET|TOKEN|CREDENTIAL).*")) {
                assertThat(String.valueOf(value)).as(name + " " + key + " must be a required ${VAR:?...}")
                        .matches("\\$\\{[A-Z0-9_]+:\\?[^}]+}");
            }
        }));
        assertThat(env.keySet()).as(".env holds no secrets")
                .noneMatch(key -> key.matches(".*(KEY|PASSWORD|SECRET|TOKEN|CREDENTIAL).*"));
    }

    @Test
    void kafkaListenersForClientsRequireScramAndEveryServiceSignsInAsItself() {
        Map<String, Object> kafka = Yamls.map(services, "kafka.environment");
        assertThat(String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")))
                .contains("INTERNAL:SASL_PLAINTEXT", "HOST:SASL_PLAINTEXT");
        assertThat(String.valueOf(kafka.get("KAFKA_LISTENERS"))).contains("CONTROLLER://localhost:");
        assertThat(kafka).containsEntry("KAFKA_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512");
        kafka.forEach((key, value) -> {
            if (String.valueOf(value).contains("password=")) {
                assertThat(String.valueOf(value)).as(key).contains("password=\"${AANBOORD_KAFKA_ADMIN_PASSWORD:?");
            }
        });
        Map<String, Object> init = Yamls.map(services, "kafka-init.environment");
        for (String service : RepositoryFiles.SERVICES) {
            String variable = service.replace('-', '_').toUpperCase();
            Map<String, Object> environment = Yamls.map(services, service + ".environment");
            assertThat(environment).as(service)
                    .containsEntry("AANBOORD_KAFKA_USERNAME", service)
                    .containsEntry("AANBOORD_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("SPRING_MONGODB_USERNAME", service);
            assertThat(String.valueOf(environment.get("AANBOORD_KAFKA_PASSWORD"))).as(service)
                    .startsWith("${AANBOORD_KAFKA_PASSWORD_" + variable + ":?");
            assertThat(String.valueOf(environment.get("SPRING_MONGODB_PASSWORD"))).as(service)
                    .startsWith("${AANBOORD_MONGODB_PASSWORD_" + variable + ":?");
            assertThat(String.valueOf(environment.get("MONGODB_URI"))).as(service + " URI without credentials").doesNotContain("@");
            assertThat(String.valueOf(init.get("KAFKA_PASSWORD_" + variable))).as("kafka-init makes the user of " + service)
                    .isEqualTo(environment.get("AANBOORD_KAFKA_PASSWORD"));
            assertThat(String.valueOf(Yamls.map(services, "mongo-init.environment").get("MONGODB_PASSWORD_" + variable)))
                    .as("mongo-init makes the user of " + service).isEqualTo(environment.get("SPRING_MONGODB_PASSWORD"));
        }
        String mongoUsers = RepositoryFiles.read(RepositoryFiles.path("deploy/mongo/create-users.js"));
        assertThat(mongoUsers).contains("role: 'readWrite', db: database");
        for (String service : RepositoryFiles.SERVICES) {
            assertThat(mongoUsers).as("a MongoDB user for " + service + " in its own database")
                    .contains("'" + service + "': '" + service.replace('-', '_') + "'");
        }
    }

    @Test
    void mongoRunsWithAccessControlAndAnInternalKeyMadeAtStart() {
        for (String member : List.of("mongo-1", "mongo-2", "mongo-3")) {
            assertThat(Yamls.list(services, member + ".command")).as(member).contains("--keyFile");
            assertThat(Yamls.map(services, member + ".depends_on")).as(member).containsKey("mongo-keyfile");
        }
        assertThat(String.valueOf(Yamls.map(services, "mongo-1.environment").get("MONGO_INITDB_ROOT_PASSWORD")))
                .startsWith("${AANBOORD_MONGODB_ROOT_PASSWORD:?");
    }

    @Test
    void topicInitReadsTheSingleTopicsDefinition() {
        assertThat(Yamls.list(services, "kafka-init.volumes")).anyMatch(volume ->
                String.valueOf(volume).startsWith("./" + TopicsDefinition.FILE + ":"));
        assertThat(Yamls.string(services, "kafka.environment.KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
    }

    @Test
    void prometheusAndGrafanaRunOnlyInTheObservabilityProfile() {
        for (String tool : OBSERVABILITY) {
            assertThat(Yamls.list(services, tool + ".profiles")).containsExactly("observability");
        }
        services.forEach((name, service) -> {
            if (!OBSERVABILITY.contains(name)) {
                assertThat(Yamls.at(service, "profiles")).as(name + " runs by default").isNull();
            }
        });
    }

    @Test
    void dockerComposeAcceptsTheFile() {
        assumeTrue(RepositoryFiles.onPath("docker-compose"), "docker-compose is not installed; the structure checks above still ran");
        Map<String, String> secrets = new HashMap<>(Map.of(
                "AANBOORD_PSEUDONYMISATION_KEY", "dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LTMyYnl0ZXM=",
                "AANBOORD_VAULT_KEY", "dGVzdC1vbmx5LXZhdWx0LWtleS10ZXN0LW9ubHktdmF1bHQta2V5",
                "GRAFANA_ADMIN_PASSWORD", "test-only",
                "AANBOORD_ISSUER_URI", "https://login.example.org/realms/aanboord",
                "AANBOORD_CONSOLE_CLIENT_ID", "hub-console",
                "AANBOORD_CONSOLE_CLIENT_SECRET", "test-only",
                "AANBOORD_KAFKA_ADMIN_PASSWORD", "test-only",
                "AANBOORD_MONGODB_ROOT_PASSWORD", "test-only"));
        for (String service : RepositoryFiles.SERVICES) {
            String variable = service.replace('-', '_').toUpperCase();
            secrets.put("AANBOORD_KAFKA_PASSWORD_" + variable, "test-only");
            secrets.put("AANBOORD_MONGODB_PASSWORD_" + variable, "test-only");
        }
        RepositoryFiles.run(List.of("docker-compose", "config", "-q"), secrets);
        String services = RepositoryFiles.run(
                List.of("docker-compose", "--profile", "observability", "config", "--services"), secrets);
        assertThat(services.lines()).contains("prometheus", "grafana", "risk-scoring", RepositoryFiles.CONSOLE);
    }
}
