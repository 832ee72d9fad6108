package org.aanboord.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Prometheus configuration, alert rules and Grafana dashboards: parsed and checked for what the tools need. */
class ObservabilityTest {

    private static final String OBSERVABILITY = "deploy/observability/";
    private static final List<String> DASHBOARDS = List.of("platform.json", "business.json");
    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    private final Map<String, Object> rules = RepositoryFiles.yaml(OBSERVABILITY + "prometheus/rules/aanboord-alerts.yml");

    @Test
    void prometheusScrapesEveryServiceAndLoadsTheRules() {
        Map<String, Object> prometheus = RepositoryFiles.yaml(OBSERVABILITY + "prometheus/prometheus.yml");
        Object aanboord = Yamls.list(prometheus, "scrape_configs").stream()
                .filter(job -> "aanboord".equals(Yamls.string(job, "job_name"))).findFirst().orElseThrow();
        assertThat(Yamls.string(aanboord, "metrics_path")).isEqualTo("/actuator/prometheus");
        List<Object> targets = Yamls.list(Yamls.list(aanboord, "static_configs").get(0), "targets");
        assertThat(targets).containsExactlyInAnyOrderElementsOf(
                RepositoryFiles.APPLICATIONS.stream().map(application -> (Object) (application + ":8080")).toList());
        assertThat(Yamls.list(prometheus, "rule_files")).containsExactly("/etc/prometheus/rules/*.yml");
    }

    @Test
    void everyAlertRuleIsWellFormedAndNamesAnExistingRunbook() {
        List<Object> groups = Yamls.list(rules, "groups");
        assertThat(groups).isNotEmpty();
        Set<String> names = new HashSet<>();
        for (Object group : groups) {
            assertThat(Yamls.string(group, "name")).isNotBlank();
            for (Object rule : Yamls.list(group, "rules")) {
                String alert = Yamls.string(rule, "alert");
                assertThat(names.add(alert)).as("alert names are unique: " + alert).isTrue();
                assertThat(PromQl.problem(Yamls.string(rule, "expr"))).as(alert + " expr").isNull();
                assertThat(Yamls.string(rule, "for")).as(alert + " for").matches("\\d+[smh]");
                assertThat(SEVERITIES).as(alert + " severity").contains(Yamls.string(rule, "labels.severity"));
                assertThat(Yamls.string(rule, "annotations.summary")).as(alert + " summary").isNotBlank();
                assertThat(Yamls.string(rule, "annotations.description")).as(alert + " description").isNotBlank();
                String runbook = Yamls.string(rule, "annotations.runbook_url");
                assertThat(runbook).as(alert + " runbook").startsWith("docs/operations/");
                assertThat(Files.isRegularFile(RepositoryFiles.path(runbook))).as(runbook + " exists").isTrue();
            }
        }
        assertThat(names).contains("AanBoordServiceDown", "AanBoordConsumerLagGrowing", "AanBoordDeadLetters");
    }

    @Test
    void dashboardsAreValidGrafanaJsonOnTheProvisionedDatasource() {
        String datasourceUid = Yamls.string(Yamls.list(
                RepositoryFiles.yaml(OBSERVABILITY + "grafana/provisioning/datasources/prometheus.yml"), "datasources").get(0), "uid");
        Set<String> uids = new HashSet<>();
        for (String file : DASHBOARDS) {
            Map<String, Object> dashboard = dashboard(file);
            assertThat(dashboard).as(file).containsKeys("uid", "title", "panels", "schemaVersion");
            assertThat(uids.add(Yamls.string(dashboard, "uid"))).as(file + " uid is unique").isTrue();
            Set<Object> panelIds = new HashSet<>();
            for (Object panel : Yamls.list(dashboard, "panels")) {
                String title = file + " / " + Yamls.string(panel, "title");
                assertThat(panelIds.add(Yamls.at(panel, "id"))).as(title + " id is unique").isTrue();
                assertThat(Yamls.map(panel, "gridPos")).as(title).containsKeys("x", "y", "w", "h");
                assertThat(Yamls.string(panel, "datasource.uid")).as(title).isEqualTo(datasourceUid);
                List<Object> targets = Yamls.list(panel, "targets");
                assertThat(targets).as(title + " queries").isNotEmpty();
                for (Object target : targets) {
                    assertThat(PromQl.problem(Yamls.string(target, "expr"))).as(title + " expr").isNull();
                }
            }
        }
    }

    @Test
    void dashboardsShowConsumerLagDeadLettersAndTheBusinessFlow() {
        String platform = RepositoryFiles.read(dashboardPath("platform.json"));
        assertThat(platform).contains("spring_cloud_stream_binder_kafka_offset", ".dlt");
        String business = RepositoryFiles.read(dashboardPath("business.json"));
        assertThat(business).contains("attendance_registrations_accepted_total", "attendance_registrations_rejected_total",
                "risk_assessments_published_total");
    }

    @Test
    void grafanaLoadsTheDashboardsFromWhereComposeMountsThem() {
        String providerPath = Yamls.string(Yamls.list(
                RepositoryFiles.yaml(OBSERVABILITY + "grafana/provisioning/dashboards/aanboord.yml"), "providers").get(0), "options.path");
        List<Object> volumes = Yamls.list(RepositoryFiles.yaml("docker-compose.yml"), "services.grafana.volumes");
        assertThat(volumes).contains("./" + OBSERVABILITY + "grafana/dashboards:" + providerPath + ":ro");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dashboard(String file) {
        return JsonMapper.builder().build().readValue(RepositoryFiles.read(dashboardPath(file)), Map.class);
    }

    private static Path dashboardPath(String file) {
        return RepositoryFiles.path(OBSERVABILITY + "grafana/dashboards/" + file);
    }
}
