package org.aanboord.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.deployment.TopicsDefinition.TopicEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The umbrella chart, linted and rendered for dev and prod the way `helm template` renders it. */
class HelmChartTest {

    private static final String RELEASE_TAG = "2026.11.23-4f2c1ab";

    private final TopicsDefinition topics = TopicsDefinition.load();

    private static Manifests render(String valuesFile) {
        return new Manifests(HelmCharts.render(valuesFile, Map.of("global.image.tag", RELEASE_TAG)));
    }

    @Test
    void chartsLintWithoutWarnings() {
        assertThat(HelmCharts.lint().getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void everyServiceGetsItsDeploymentServiceConfigPdbAndNetworkPolicy(String values) {
        Manifests manifests = render(values);
        for (String application : RepositoryFiles.APPLICATIONS) {
            for (String kind : List.of("Deployment", "Service", "ConfigMap", "PodDisruptionBudget", "NetworkPolicy")) {
                assertThat(manifests.has(kind, application)).as(kind + " " + application + " in " + values).isTrue();
            }
            assertThat(Yamls.map(manifests.get("ConfigMap", application), "data")).as(application + " config")
                    .containsEntry("PORT", "8080")
                    .containsEntry("AANBOORD_ISSUER_URI", "https://login.example.org/realms/aanboord")
                    .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        }
        assertThat(manifests.ofKind("Deployment")).hasSize(RepositoryFiles.APPLICATIONS.size());
        for (String service : RepositoryFiles.SERVICES) {
            assertThat(Yamls.map(manifests.get("ConfigMap", service), "data")).as(service + " config")
                    .containsEntry("KAFKA_BOOTSTRAP", "aanboord-kafka-bootstrap:9093");
        }
        assertThat(manifests.ofKind("Secret")).as("secrets are referenced, never rendered").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void theConsoleCallsTheServicesThroughTheirKubernetesServicesAndUsesNoKafkaOrMongo(String values) {
        Manifests manifests = render(values);
        Map<String, Object> config = Yamls.map(manifests.get("ConfigMap", RepositoryFiles.CONSOLE), "data");
        RepositoryFiles.CONSOLE_CALLS.forEach((variable, service) -> {
            assertThat(manifests.has("Service", service)).as(service + " Service").isTrue();
            assertThat(config).as("console " + variable).containsEntry(variable, "http://" + service);
        });
        assertThat(config).containsEntry("AANBOORD_CONSOLE_CLIENT_ID", "hub-console").doesNotContainKey("KAFKA_BOOTSTRAP");
        Map<String, Object> console = manifests.get("Deployment", RepositoryFiles.CONSOLE);
        assertThat(secretRef(console, "AANBOORD_CONSOLE_CLIENT_SECRET")).isEqualTo("aanboord-console-oidc/client-secret");
        assertThat(secretRef(console, "MONGODB_URI")).as("the console keeps no data").isNull();
        assertThat(Yamls.at(console, "spec.replicas")).isEqualTo(values.contains("prod") ? 2 : 1);
        for (String kind : List.of("ScaledObject", "HorizontalPodAutoscaler")) {
            assertThat(manifests.has(kind, RepositoryFiles.CONSOLE)).as("console " + kind + " (it consumes no topic)").isFalse();
        }
        assertThat(egressPorts(manifests.get("NetworkPolicy", RepositoryFiles.CONSOLE)))
                .as("console egress: DNS, the issuer and the services' pods only").containsExactlyInAnyOrder(53, 53, 443, 8080);
    }

    @Test
    void networkPoliciesLetTheConsoleReachTheServicesAndEveryPodTheIssuer() {
        Manifests manifests = render("values-prod.yaml");
        for (String service : RepositoryFiles.SERVICES) {
            Map<String, Object> policy = manifests.get("NetworkPolicy", service);
            assertThat(Yamls.list(policy, "spec.ingress")).as(service + " admits this namespace's pods on http")
                    .anyMatch(rule -> Yamls.list(rule, "from").contains(Map.of("podSelector", Map.of())));
            assertThat(egressPorts(policy)).as(service + " egress").contains(443, 9092, 27017);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void everyDeploymentHasLimitsProbesAndAHardenedNonRootContainer(String values) {
        for (Map<String, Object> deployment : render(values).ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            Object container = Manifests.container(deployment);
            assertThat(Yamls.map(container, "resources.limits")).as(name + " limits").containsKeys("cpu", "memory");
            assertThat(Yamls.map(container, "resources.requests")).as(name + " requests").containsKeys("cpu", "memory");
            assertThat(Yamls.string(container, "livenessProbe.httpGet.path")).as(name).isEqualTo("/actuator/health/liveness");
            assertThat(Yamls.string(container, "readinessProbe.httpGet.path")).as(name).isEqualTo("/actuator/health/readiness");
            assertThat(Yamls.at(deployment, "spec.template.spec.securityContext.runAsNonRoot")).as(name).isEqualTo(true);
            assertThat(Yamls.at(container, "securityContext.runAsNonRoot")).as(name).isEqualTo(true);
            assertThat(Yamls.at(container, "securityContext.readOnlyRootFilesystem")).as(name).isEqualTo(true);
            assertThat(Yamls.at(container, "securityContext.allowPrivilegeEscalation")).as(name).isEqualTo(false);
            assertThat(Yamls.list(container, "securityContext.capabilities.drop")).as(name).containsExactly("ALL");
            assertThat(Yamls.list(container, "volumeMounts")).as(name + " writable /tmp")
                    .anyMatch(mount -> "/tmp".equals(Yamls.string(mount, "mountPath")));
        }
    }

    @Test
    void everyImageIsNamedByTheOneGlobalTagAndNoneIsLatest() {
        for (Map<String, Object> deployment : render("values-prod.yaml").ofKind("Deployment")) {
            String image = Yamls.string(Manifests.container(deployment), "image");
            assertThat(image).isEqualTo("aanboord/" + Manifests.name(deployment) + ":" + RELEASE_TAG).doesNotEndWith(":latest");
        }
        assertThatThrownBy(() -> HelmCharts.render("values-prod.yaml", Map.of("global.image.tag", "latest")))
                .as("rendering with tag latest is refused").hasMessageContaining("must name a release, not latest");
    }

    @Test
    void secretsAreReferencedFromSecretsMadeOutsideTheChart() {
        Manifests manifests = render("values-prod.yaml");
        for (String service : RepositoryFiles.SERVICES) {
            assertThat(secretRef(manifests.get("Deployment", service), "MONGODB_URI")).as(service).isEqualTo("aanboord-mongodb/uri");
        }
        assertThat(secretRef(manifests.get("Deployment", "attendance-ingestion"), "AANBOORD_PSEUDONYMISATION_KEY"))
                .isEqualTo("aanboord-pseudonymisation/key");
        assertThat(secretRef(manifests.get("Deployment", "attendance-ingestion"), "AANBOORD_VAULT_KEY"))
                .isEqualTo("aanboord-vault/key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void everyServiceSignsInToKafkaAndMongoWithItsOwnUserFromSecrets(String values) {
        Manifests manifests = render(values);
        for (String service : RepositoryFiles.SERVICES) {
            Map<String, Object> deployment = manifests.get("Deployment", service);
            assertThat(Yamls.map(manifests.get("ConfigMap", service), "data")).as(service + " config")
                    .containsEntry("AANBOORD_KAFKA_USERNAME", service)
                    .containsEntry("AANBOORD_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PEM")
                    .containsEntry("SPRING_MONGODB_USERNAME", service);
            assertThat(secretRef(deployment, "AANBOORD_KAFKA_PASSWORD")).as(service + ": the Secret Strimzi writes for its KafkaUser")
                    .isEqualTo(service + "/password");
            assertThat(secretRef(deployment, "SPRING_KAFKA_SSL_TRUST_STORE_CERTIFICATES")).as(service)
                    .isEqualTo("aanboord-cluster-ca-cert/ca.crt");
            assertThat(secretRef(deployment, "SPRING_MONGODB_PASSWORD")).as(service)
                    .isEqualTo("aanboord-mongodb-" + service + "/password");
        }
        Map<String, Object> console = manifests.get("Deployment", RepositoryFiles.CONSOLE);
        assertThat(secretRef(console, "AANBOORD_KAFKA_PASSWORD")).as("the console uses no Kafka").isNull();
        assertThat(manifests.has("KafkaUser", RepositoryFiles.CONSOLE)).isFalse();
    }

    @Test
    void noPasswordIsWrittenIntoTheChartOrWhatItRenders() {
        for (Map<String, Object> manifest : render("values-prod.yaml").ofKind("Deployment")) {
            for (Object env : Yamls.list(Manifests.container(manifest), "env")) {
                if (Yamls.string(env, "name").matches(".*(PASSWORD|SECRET|KEY|CERTIFICATES).*")) {
                    assertThat(Yamls.at(env, "value")).as(Manifests.name(manifest) + " " + Yamls.string(env, "name")).isNull();
                    assertThat(Yamls.string(env, "valueFrom.secretKeyRef.name")).isNotNull();
                }
            }
        }
        for (Map<String, Object> configMap : render("values-prod.yaml").ofKind("ConfigMap")) {
            assertThat(Yamls.map(configMap, "data").keySet()).as(Manifests.name(configMap))
                    .noneMatch(key -> key.matches(".*(PASSWORD|SECRET|JAAS).*"));
        }
        assertThat(RepositoryFiles.helmSources()).allSatisfy((file, text) -> assertThat(text).as(file)
                .doesNotContainPattern("(?i)password\\s*[:=]\\s*\"?[A-Za-z0-9]")
                .doesNotContain("sasl.jaas.config"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void kafkaUsersMayWriteOnlyWhatTheyOwnAndReadOnlyWhatTheyConsume(String values) {
        Manifests manifests = render(values);
        assertThat(manifests.ofKind("KafkaUser")).extracting(Manifests::name)
                .containsExactlyInAnyOrderElementsOf(RepositoryFiles.SERVICES);
        for (String service : RepositoryFiles.SERVICES) {
            Map<String, Object> user = manifests.get("KafkaUser", service);
            assertThat(Yamls.map(user, "metadata.labels")).containsEntry("strimzi.io/cluster", "aanboord");
            assertThat(Yamls.string(user, "spec.authentication.type")).isEqualTo("scram-sha-512");
            assertThat(Yamls.string(user, "spec.authorization.type")).isEqualTo("simple");
            List<Object> acls = Yamls.list(user, "spec.authorization.acls");
            for (TopicEntry topic : topics.topics()) {
                List<Object> operations = acls.stream()
                        .filter(acl -> "topic".equals(Yamls.string(acl, "resource.type"))
                                && topic.name().equals(Yamls.string(acl, "resource.name")))
                        .flatMap(acl -> Yamls.list(acl, "operations").stream()).toList();
                boolean writes = service.equals(topic.owner())
                        || (topic.deadLetterOf() != null && service.equals(topic.deadLetterOf().group()));
                boolean reads = topic.consumers() != null && topic.consumers().contains(service);
                assertThat(operations.contains("Write")).as(service + " writes " + topic.name()).isEqualTo(writes);
                assertThat(operations.contains("Read")).as(service + " reads " + topic.name()).isEqualTo(reads);
                assertThat(operations).as(service + " " + topic.name()).contains("Describe")
                        .doesNotContain("All", "Alter", "Delete", "Create");
            }
            assertThat(acls).as(service + " groups").filteredOn(acl -> "group".equals(Yamls.string(acl, "resource.type")))
                    .singleElement().satisfies(acl -> {
                        assertThat(Yamls.string(acl, "resource.name")).isEqualTo(service);
                        assertThat(Yamls.string(acl, "resource.patternType")).isEqualTo("prefix");
                    });
        }
    }

    @Test
    void kedaReadsTheLagAsTheServicesKafkaUser() {
        Manifests manifests = render("values-prod.yaml");
        for (String service : List.of("risk-scoring", "case-management", "notifications")) {
            for (Object trigger : Yamls.list(manifests.get("ScaledObject", service), "spec.triggers")) {
                assertThat(Yamls.string(trigger, "metadata.sasl")).isEqualTo("scram_sha512");
                assertThat(Yamls.string(trigger, "metadata.tls")).isEqualTo("enable");
                assertThat(Yamls.string(trigger, "authenticationRef.name")).isEqualTo(service + "-kafka");
            }
            assertThat(Yamls.list(manifests.get("TriggerAuthentication", service + "-kafka"), "spec.env"))
                    .extracting(env -> Yamls.string(env, "parameter") + "=" + Yamls.string(env, "name"))
                    .containsExactlyInAnyOrder("username=AANBOORD_KAFKA_USERNAME", "password=AANBOORD_KAFKA_PASSWORD",
                            "ca=SPRING_KAFKA_SSL_TRUST_STORE_CERTIFICATES");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void kafkaTopicsAreExactlyTheTopicsDefinition(String values) {
        Manifests manifests = render(values);
        int replication = values.contains("prod") ? 3 : 1;
        assertThat(manifests.ofKind("KafkaTopic")).hasSameSizeAs(topics.topics());
        for (TopicEntry topic : topics.topics()) {
            Map<String, Object> kafkaTopic = manifests.get("KafkaTopic", topic.name());
            assertThat(Yamls.map(kafkaTopic, "metadata.labels")).containsEntry("strimzi.io/cluster", "aanboord");
            assertThat(Yamls.string(kafkaTopic, "spec.topicName")).isEqualTo(topic.name());
            assertThat(Yamls.at(kafkaTopic, "spec.partitions")).as(topic.name()).isEqualTo(topic.partitions());
            assertThat(Yamls.at(kafkaTopic, "spec.replicas")).as(topic.name()).isEqualTo(replication);
            Map<String, Object> config = Yamls.map(kafkaTopic, "spec.config");
            topic.config().forEach((key, value) ->
                    assertThat(config).as(topic.name() + " config").containsEntry(key, String.valueOf(value)));
            assertThat(config).containsEntry("min.insync.replicas", String.valueOf(replication == 3 ? 2 : 1));
        }
    }

    @Test
    void prodScalesConsumersOnTheirLagWithKedaAndAFallback() {
        Manifests manifests = render("values-prod.yaml");
        for (String service : List.of("risk-scoring", "case-management", "notifications")) {
            Map<String, Object> scaledObject = manifests.get("ScaledObject", service);
            assertThat(Yamls.at(scaledObject, "spec.fallback.replicas")).as(service + " fallback").isNotNull();
            List<Object> lagTriggers = Yamls.list(scaledObject, "spec.triggers").stream()
                    .filter(trigger -> "kafka".equals(Yamls.string(trigger, "type"))).toList();
            assertThat(lagTriggers).as(service + " lag triggers").isNotEmpty();
            for (Object trigger : lagTriggers) {
                assertThat(Yamls.string(trigger, "metadata.consumerGroup")).isEqualTo(service);
                assertThat(topics.consumedBy(service)).extracting(TopicEntry::name)
                        .as(service + " scales on a topic it consumes").contains(Yamls.string(trigger, "metadata.topic"));
            }
            assertThat(lagTriggers).as(service + " scales on lag alone (KEDA's fallback would override CPU)")
                    .hasSameSizeAs(Yamls.list(scaledObject, "spec.triggers"));
            assertThat(Yamls.at(manifests.get("Deployment", service), "spec.replicas"))
                    .as(service + " replicas belong to the autoscaler").isNull();
        }
        Map<String, Object> ingestion = manifests.get("ScaledObject", "attendance-ingestion");
        assertThat(Yamls.list(ingestion, "spec.triggers")).extracting(trigger -> Yamls.string(trigger, "type"))
                .as("the HTTP door scales on CPU").containsExactly("cpu");
        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    void withoutKedaEveryAutoscaledServiceFallsBackToAnHpa() {
        Map<String, Object> sets = new HashMap<>(Map.of("global.image.tag", RELEASE_TAG, "global.autoscaling.keda", false));
        Manifests manifests = new Manifests(HelmCharts.render("values-prod.yaml", sets));
        assertThat(manifests.ofKind("ScaledObject")).isEmpty();
        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).extracting(Manifests::name).containsExactlyInAnyOrder(
                "attendance-ingestion", "risk-scoring", "case-management", "notifications");
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void noConsumerCanHaveMoreReplicasThanItsTopicsHavePartitions(String values) {
        Manifests manifests = render(values);
        for (String service : RepositoryFiles.APPLICATIONS) {
            int maxReplicas = maxReplicas(manifests, service);
            for (TopicEntry topic : topics.consumedBy(service)) {
                if (topic.limitsReplicas()) {
                    assertThat(maxReplicas).as(service + " replicas (" + values + ") vs partitions of " + topic.name())
                            .isLessThanOrEqualTo(topic.partitions());
                }
            }
        }
    }

    @Test
    void servicesAreScrapedThroughServiceMonitorsInProdOnly() {
        assertThat(render("values-prod.yaml").ofKind("ServiceMonitor")).hasSize(RepositoryFiles.APPLICATIONS.size())
                .allSatisfy(monitor -> assertThat(Yamls.string(Yamls.list(monitor, "spec.endpoints").get(0), "path"))
                        .isEqualTo("/actuator/prometheus"));
        assertThat(render("values-dev.yaml").ofKind("ServiceMonitor")).isEmpty();
    }

    @Test
    void prodCarriesTheAlertRulesAndDashboardsOfTheRepository() {
        Manifests manifests = render("values-prod.yaml");
        Map<String, Object> rules = RepositoryFiles.yaml("deploy/observability/prometheus/rules/aanboord-alerts.yml");
        assertThat(Yamls.at(manifests.get("PrometheusRule", "aanboord-alerts"), "spec")).isEqualTo(rules);
        for (String dashboard : List.of("platform", "business")) {
            Map<String, Object> configMap = manifests.get("ConfigMap", "aanboord-dashboard-" + dashboard);
            assertThat(Yamls.map(configMap, "metadata.labels")).containsEntry("grafana_dashboard", "1");
            assertThat(Yamls.map(configMap, "data").get(dashboard + ".json")).isEqualTo(RepositoryFiles.read(
                    RepositoryFiles.path("deploy/observability/grafana/dashboards/" + dashboard + ".json")).strip());
        }
    }

    private static int maxReplicas(Manifests manifests, String service) {
        if (manifests.has("ScaledObject", service)) {
            return ((Number) Yamls.at(manifests.get("ScaledObject", service), "spec.maxReplicaCount")).intValue();
        }
        if (manifests.has("HorizontalPodAutoscaler", service)) {
            return ((Number) Yamls.at(manifests.get("HorizontalPodAutoscaler", service), "spec.maxReplicas")).intValue();
        }
        return ((Number) Yamls.at(manifests.get("Deployment", service), "spec.replicas")).intValue();
    }

    private static List<Integer> egressPorts(Map<String, Object> networkPolicy) {
        return Yamls.list(networkPolicy, "spec.egress").stream()
                .flatMap(rule -> Yamls.list(rule, "ports").stream())
                .map(port -> ((Number) Yamls.at(port, "port")).intValue()).toList();
    }

    private static String secretRef(Map<String, Object> deployment, String variable) {
        return Yamls.list(Manifests.container(deployment), "env").stream()
                .filter(env -> variable.equals(Yamls.string(env, "name")))
                .map(env -> Yamls.string(env, "valueFrom.secretKeyRef.name") + "/" + Yamls.string(env, "valueFrom.secretKeyRef.key"))
                .findFirst().orElse(null);
    }
}
