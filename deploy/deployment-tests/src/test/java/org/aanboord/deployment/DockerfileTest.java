package org.aanboord.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** deploy/docker/Dockerfile: one multi-stage recipe for every service, layered, non-root, tags from .env. */
class DockerfileTest {

    private final String dockerfile = RepositoryFiles.read(RepositoryFiles.path("deploy/docker/Dockerfile"));
    private final List<String> instructions = dockerfile.lines()
            .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

    @Test
    void buildsInStagesFromBaseImagesGivenAsArguments() {
        List<String> froms = instructions.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(froms).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(from -> assertThat(from).matches("FROM \\$\\{(JDK|JRE)_IMAGE}( AS \\w+)?"));
        assertThat(instructions).contains("ARG SERVICE");
    }

    @Test
    void runsTheExtractedSpringBootLayersAsANonRootUser() {
        assertThat(dockerfile).contains("-Djarmode=tools -jar /tmp/app.jar extract --layers --launcher");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(dockerfile).contains("COPY --from=layers /layers/" + layer + "/ ./");
        }
        assertThat(instructions).contains("USER 10001:10001");
        assertThat(instructions.get(instructions.size() - 1))
                .isEqualTo("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    @Test
    void writesOnlyToTmpAndReportsReadinessAsHealth() {
        assertThat(dockerfile).contains("-Djava.io.tmpdir=/tmp");
        assertThat(dockerfile).contains("HEALTHCHECK").contains("/app/healthcheck");
        assertThat(RepositoryFiles.read(RepositoryFiles.path("deploy/docker/healthcheck.sh")))
                .contains("/actuator/health/readiness");
    }
}
