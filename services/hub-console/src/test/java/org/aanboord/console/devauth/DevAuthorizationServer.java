package org.aanboord.console.devauth;

import java.util.List;
import java.util.Map;

import org.aanboord.testsupport.TestTokens;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A Spring Authorization Server configured as in the sign-in contract and deploy/dev-auth (client {@code hub-console}
 * with PKCE, the demo users, access tokens with {@code aud aanboord}, {@code roles}, {@code org}, {@code name}), for
 * the browser tests. Unlike deploy/dev-auth it listens on a free port, accepts the console's free-port redirect URI
 * and signs with {@link TestTokens}' key under the issuer {@value TestTokens#ISSUER}, so the services of the test JVM
 * accept its tokens exactly as in production. Only the auto-configurations it needs: the test classpath also holds
 * the services' Kafka and MongoDB set-up. Test-only; the password is the contract's dev one.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class})
public class DevAuthorizationServer {

    /** user name → role, organisation, display name (the contract's demo users, as in deploy/dev-auth). */
    static final Map<String, List<String>> USERS = Map.of(
            "zorg.school1", List.of("SCHOOL_STAFF", "school-demo-1", "Zorgcoördinator Basisschool De Linde"),
            "zorg.school2", List.of("SCHOOL_STAFF", "school-demo-2", "Zorgcoördinator Sint-Jozefscollege"),
            "clb.worker", List.of("CLB_WORKER", "clb-demo", "CLB-medewerker CLB Demo"),
            "regisseur", List.of("REGISSEUR", "municipality-demo", "Regisseur Gemeente Demo"),
            "admin", List.of("HUB_ADMIN", "hub", "Hub-beheerder"),
            "dpo", List.of("DPO", "hub", "Functionaris voor gegevensbescherming"));

    public static ConfigurableApplicationContext start(int port, int consolePort) {
        String client = "spring.security.oauth2.authorizationserver.client.hub-console.";
        return new SpringApplicationBuilder(DevAuthorizationServer.class)
                .properties("spring.config.name=dev-auth-test")
                .run("--server.port=" + port,
                        "--spring.security.oauth2.authorizationserver.issuer=" + TestTokens.ISSUER,
                        "--" + client + "registration.client-id=hub-console",
                        "--" + client + "registration.client-secret={noop}dev-console-secret",
                        "--" + client + "registration.client-authentication-methods=client_secret_basic",
                        "--" + client + "registration.authorization-grant-types=authorization_code,refresh_token",
                        "--" + client + "registration.redirect-uris=http://localhost:" + consolePort
                                + "/login/oauth2/code/aanboord",
                        "--" + client + "registration.post-logout-redirect-uris=http://localhost:" + consolePort + "/",
                        "--" + client + "registration.scopes=openid,profile",
                        "--" + client + "require-proof-key=true");
    }

    /** The key the services of the test JVM trust (served by TestTokens' JWKS and by this server's). */
    @Bean
    JWKSource<SecurityContext> signingKey() {
        return TestTokens.signingKey();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(USERS.keySet().stream()
                .map(name -> (UserDetails) User.withUsername(name).password("{noop}demo").roles("USER").build())
                .toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaims() {
        return context -> {
            List<String> user = USERS.get(context.getPrincipal().getName());
            if (user == null) {
                return;
            }
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(List.of("aanboord"));
            }
            context.getClaims().claim("roles", List.of(user.get(0))).claim("org", user.get(1)).claim("name", user.get(2));
        };
    }
}
