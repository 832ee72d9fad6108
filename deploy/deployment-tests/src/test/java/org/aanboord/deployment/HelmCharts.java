package org.aanboord.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * The charts under helm/, copied into target/ (links such as helm/aanboord/topics.yaml resolved) so that
 * `helm dependency update` does not write into the source tree, then linted and rendered with helm-java.
 */
final class HelmCharts {

    static final String UMBRELLA = "aanboord";
    private static Path prepared;

    private HelmCharts() {
    }

    /** The umbrella chart with its dependencies packaged, ready to lint and render; done once per JVM. */
    static synchronized Path umbrella() {
        if (prepared == null) {
            Path copy = copyCharts();
            for (String application : RepositoryFiles.APPLICATIONS) {
                new Helm(copy.resolve(application)).dependency().update().skipRefresh().call();
            }
            new Helm(copy.resolve(UMBRELLA)).dependency().update().skipRefresh().call();
            prepared = copy.resolve(UMBRELLA);
        }
        return prepared;
    }

    static LintResult lint() {
        return new Helm(umbrella()).lint().strict().call();
    }

    /** `helm template` of the umbrella chart with the given values file (relative to it) and --set pairs. */
    static List<Map<String, Object>> render(String valuesFile, Map<String, Object> sets) {
        TemplateCommand template = new Helm(umbrella()).template().withName("aanboord").withNamespace("aanboord")
                .withValuesFile(umbrella().resolve(valuesFile));
        sets.forEach(template::set);
        return RepositoryFiles.documents(template.call());
    }

    private static Path copyCharts() {
        Path source = RepositoryFiles.path("helm");
        Path target = Path.of("target", "helm-under-test").toAbsolutePath();
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            try (Stream<Path> files = Files.walk(source, FileVisitOption.FOLLOW_LINKS)) {
                for (Path file : files.toList()) {
                    Path relative = source.relativize(file);
                    if (leftByHelm(relative)) {
                        continue;
                    }
                    Path destination = target.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(file, destination);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** What a local `helm dependency update` leaves in a chart: packaged dependencies and the lock file. */
    private static boolean leftByHelm(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("charts") || part.toString().equals("Chart.lock")) {
                return true;
            }
        }
        return false;
    }
}
