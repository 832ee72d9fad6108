package org.aanboord.testsupport;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In a test JVM (test-support is only ever on a test classpath) services take their token keys from
 * {@link TestTokens}' JWKS: it sets {@code AANBOORD_JWK_SET_URI} with the lowest precedence, so a real environment
 * variable or an explicit property still wins.
 */
public class TestJwksEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("aanboord-test-jwks",
                Map.of("AANBOORD_JWK_SET_URI", TestTokens.jwkSetUri())));
    }
}
