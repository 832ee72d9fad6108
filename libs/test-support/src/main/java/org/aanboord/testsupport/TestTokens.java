package org.aanboord.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;

/**
 * Real signed access tokens for tests, as the dev authorisation server would issue them (issuer
 * {@value #ISSUER}, audience {@code aanboord}, RS256, claims {@code roles} and {@code org}), so service tests need no
 * running auth server. The public key is served as a JWKS on a local port; {@link TestJwksEnvironment} points every
 * service started in the test JVM at it.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:9000";
    public static final String AUDIENCE = "aanboord";

    private static final RSAKey KEY = rsaKey("aanboord-test-key");
    // Same key id as the real key: a forger would claim it.
    private static final RSAKey STRANGER = rsaKey("aanboord-test-key");
    private static final String JWKS_URI = serveJwks();

    private TestTokens() {
    }

    /** A valid token for one role of one organisation, e.g. {@code token("CLB_WORKER", "clb-demo")}. */
    public static String token(String role, String organisationId) {
        return token(role, organisationId, defaultSubject(role, organisationId));
    }

    /** A valid token of a named user. */
    public static String token(String role, String organisationId, String subject) {
        return sign(KEY, claims(role, organisationId, subject, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10))));
    }

    /** MockMvc: send the request with a valid token of this role and organisation. */
    public static RequestPostProcessor as(String role, String organisationId) {
        return as(role, organisationId, defaultSubject(role, organisationId));
    }

    /** MockMvc: send the request with a valid token of a named user. */
    public static RequestPostProcessor as(String role, String organisationId, String subject) {
        String bearer = "Bearer " + token(role, organisationId, subject);
        return request -> {
            request.addHeader("Authorization", bearer);
            return request;
        };
    }

    public static String expired(String role, String organisationId) {
        return sign(KEY, claims(role, organisationId, AUDIENCE, Instant.now().minus(Duration.ofMinutes(5))));
    }

    public static String wrongAudience(String role, String organisationId) {
        return sign(KEY, claims(role, organisationId, "some-other-api", Instant.now().plus(Duration.ofMinutes(10))));
    }

    /** Signed with a key the issuer never published. */
    public static String wronglySigned(String role, String organisationId) {
        return sign(STRANGER, claims(role, organisationId, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10))));
    }

    /**
     * The signing key, private part included, for a test authorisation server that must issue tokens the services
     * of the test JVM accept (it then also uses {@link #ISSUER} as its issuer).
     */
    public static JWKSource<SecurityContext> signingKey() {
        return new ImmutableJWKSet<>(new JWKSet(KEY));
    }

    /** The in-test issuer's JWKS (public key only). */
    public static String jwkSetUri() {
        return JWKS_URI;
    }

    /** e.g. {@code clb_worker@clb-demo} */
    public static String defaultSubject(String role, String organisationId) {
        return role.toLowerCase(java.util.Locale.ROOT) + "@" + organisationId;
    }

    private static JwtClaimsSet claims(String role, String organisationId, String audience, Instant expiresAt) {
        return claims(role, organisationId, defaultSubject(role, organisationId), audience, expiresAt);
    }

    private static JwtClaimsSet claims(String role, String organisationId, String subject, String audience,
            Instant expiresAt) {
        return JwtClaimsSet.builder().issuer(ISSUER).subject(subject).audience(List.of(audience))
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15))).expiresAt(expiresAt)
                .claim("roles", List.of(role)).claim("org", organisationId).claim("name", subject).build();
    }

    private static String sign(RSAKey key, JwtClaimsSet claims) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has RSA", e);
        }
    }

    private static String serveJwks() {
        byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            // Its own daemon threads: a busy test JVM must not starve the key fetch, nor be kept alive by it.
            server.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "test-jwks");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve the test JWKS", e);
        }
    }
}
