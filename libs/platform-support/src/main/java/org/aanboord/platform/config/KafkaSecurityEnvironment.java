package org.aanboord.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the service's Kafka user ({@code AANBOORD_KAFKA_USERNAME}, {@code AANBOORD_KAFKA_PASSWORD}) into the SASL/SCRAM
 * settings of Boot's {@code spring.kafka.*}, from which every Kafka client of a service is built: the
 * {@code KafkaTemplate} (outbox relay, publishing), the Spring Cloud Stream binder's consumers, producers and admin
 * client, and the plain clients built from {@code KafkaProperties}. Without a user nothing is added (PLAINTEXT, the
 * embedded default of ./run-local.sh and the tests). The settings are added with the lowest precedence, so an explicit
 * {@code spring.kafka.security.protocol} or {@code spring.kafka.properties.sasl.*} still wins.
 */
public class KafkaSecurityEnvironment implements EnvironmentPostProcessor {

    static final String USERNAME = "aanboord.kafka.username";
    static final String PASSWORD = "aanboord.kafka.password";
    static final String SECURITY_PROTOCOL = "aanboord.kafka.security-protocol";
    static final String MECHANISM = "aanboord.kafka.sasl-mechanism";

    private static final String SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String username = environment.getProperty(USERNAME);
        if (!StringUtils.hasText(username)) {
            return;
        }
        String password = environment.getProperty(PASSWORD);
        if (!StringUtils.hasText(password)) {
            throw new IllegalStateException("AANBOORD_KAFKA_USERNAME is set but AANBOORD_KAFKA_PASSWORD is not: "
                    + "the service would connect to Kafka without its password");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.kafka.security.protocol", environment.getProperty(SECURITY_PROTOCOL, "SASL_PLAINTEXT"));
        settings.put("spring.kafka.properties.sasl.mechanism", environment.getProperty(MECHANISM, "SCRAM-SHA-512"));
        settings.put("spring.kafka.properties.sasl.jaas.config", jaasConfig(username, password));
        environment.getPropertySources().addLast(new MapPropertySource("aanboord-kafka-security", settings));
    }

    /** The JAAS line of the SCRAM login module; quotes and backslashes in the values are escaped. */
    static String jaasConfig(String username, String password) {
        return SCRAM_LOGIN_MODULE + " required username=\"" + quoted(username) + "\" password=\"" + quoted(password) + "\";";
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
