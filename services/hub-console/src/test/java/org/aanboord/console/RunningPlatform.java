package org.aanboord.console;

import java.util.List;

import org.aanboord.endtoend.Platform;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * The five real services on the in-JVM broker and store, started once per JVM and shared by the console's tests,
 * with the demo agreement known to every consumer. They are secured as in production: every call needs a token
 * signed by {@code TestTokens}' key (test-support points them at its JWKS).
 */
public final class RunningPlatform implements BeforeAllCallback {

    private static Platform platform;

    /**
     * Starts the platform for a test class and has JUnit close it once after the last test, while the in-JVM broker
     * and store are still up (they stop in a shutdown hook).
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RunningPlatform.class,
                key -> (AutoCloseable) () -> platform.close());
        get();
    }

    public static synchronized Platform get() {
        if (platform == null) {
            AwaitDefaults.apply();
            platform = new Platform(EmbeddedInfrastructure.get(), "--" + ConsoleTestSupport.SERVICE_EXCLUSIONS);
            for (ConfigurableApplicationContext service : List.of(platform.ingestion, platform.risk, platform.cases,
                    platform.notifications)) {
                AgreementDirectory directory = service.getBean(AgreementDirectory.class);
                await("the demo agreement reaches " + service.getId()).until(() -> directory.knowsSchool("school-demo-1"));
            }
        }
        return platform;
    }

    public static String url(ConfigurableApplicationContext service) {
        return "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
    }

    /**
     * The console's service base URLs pointing at the running platform, as command-line style properties; also the
     * in-JVM store and broker for the services' auto-configurations that this shared classpath gives the console.
     */
    public static String[] serviceProperties() {
        Platform running = get();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        return new String[] {
                "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.mongodb.database=console_unused",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--aanboord.console.services.agreements=" + url(running.agreements),
                "--aanboord.console.services.ingestion=" + url(running.ingestion),
                "--aanboord.console.services.risk=" + url(running.risk),
                "--aanboord.console.services.cases=" + url(running.cases),
                "--aanboord.console.services.notifications=" + url(running.notifications)};
    }
}
