package org.aanboord.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The Dockerfile's extraction step, run on a service jar the build made: the layers the image copies exist. */
class LayeredJarTest {

    @Test
    void theExtractCommandOfTheDockerfileSplitsAServiceJarIntoTheLayersTheImageCopies() throws IOException {
        Optional<Path> jar = execJar("risk-scoring");
        assumeTrue(jar.isPresent(), "services/risk-scoring has not been packaged in this build");
        Path destination = Path.of("target", "layers-under-test").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        RepositoryFiles.run(List.of(java, "-Djarmode=tools", "-jar", jar.get().toString(),
                "extract", "--layers", "--launcher", "--force", "--destination", destination.toString()), Map.of());

        assertThat(destination.resolve("dependencies/BOOT-INF/lib")).isDirectory();
        assertThat(destination.resolve("spring-boot-loader/org/springframework/boot/loader/launch/JarLauncher.class")).isRegularFile();
        assertThat(destination.resolve("snapshot-dependencies")).isDirectory();
        assertThat(destination.resolve("application/BOOT-INF/classes/risk-scoring.yml")).isRegularFile();
        assertThat(Files.readString(destination.resolve("application/META-INF/MANIFEST.MF")))
                .contains("Main-Class: org.springframework.boot.loader.launch.JarLauncher");
    }

    private static Optional<Path> execJar(String service) throws IOException {
        Path target = RepositoryFiles.path("services/" + service + "/target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches(service + "-.*-exec\\.jar")).findFirst();
        }
    }
}
