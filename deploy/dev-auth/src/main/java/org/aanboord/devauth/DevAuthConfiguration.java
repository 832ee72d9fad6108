package org.aanboord.devauth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * DEVELOPMENT ONLY. Demo users and clients, and the claims of the sign-in contract on every token: {@code aud}
 * aanboord, {@code roles} (exactly one), {@code org} and {@code name}. Boot's authorisation-server auto-configuration
 * supplies the endpoints, the login page and a fresh RSA signing key at every start (services fetch it from the
 * JWKS again when they see its new key id).
 */
@Configuration
class DevAuthConfiguration {

    static final String AUDIENCE = "aanboord";
    private static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(15);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService demoUsers(PasswordEncoder passwords) {
        String encoded = passwords.encode(DemoDirectory.PASSWORD);
        return new InMemoryUserDetailsManager(DemoDirectory.USERS.entrySet().stream()
                .map(user -> User.withUsername(user.getKey()).password(encoded).roles(user.getValue().role()).build())
                .toList());
    }

    @Bean
    RegisteredClientRepository demoClients(PasswordEncoder passwords) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_TTL).build();
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(DemoDirectory.CONSOLE_CLIENT)
                .clientSecret(passwords.encode(DemoDirectory.CONSOLE_SECRET))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(DemoDirectory.CONSOLE_REDIRECT)
                .postLogoutRedirectUri(DemoDirectory.CONSOLE_HOME)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build());
        clients.add(clientCredentials(DemoDirectory.SOFTWARE_CLIENT, DemoDirectory.SOFTWARE_SECRET, passwords, tokens));
        DemoDirectory.USERS.keySet().forEach(user ->
                clients.add(clientCredentials("dev-" + user, DemoDirectory.ROLE_CLIENT_SECRET, passwords, tokens)));
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient clientCredentials(String clientId, String secret, PasswordEncoder passwords,
            TokenSettings tokens) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build();
    }

    /** The contract's claims on access tokens, and the display name and role on ID tokens for the console. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaims() {
        return context -> DemoDirectory.of(context.getPrincipal().getName()).ifPresent(identity -> {
            context.getClaims().claim("roles", List.of(identity.role()))
                    .claim("org", identity.organisationId())
                    .claim("name", identity.name());
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(List.of(AUDIENCE));
            }
        });
    }
}
