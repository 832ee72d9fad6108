package org.aanboord.platform.security.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.sun.net.httpserver.HttpServer;

/**
 * The first token a service sees makes it fetch the issuer's keys. On a busy machine (or a busy identity provider)
 * that took longer than the decoder's defaults allowed, and a valid token was refused with 401.
 */
class SlowIssuerTest {

    @Test
    void aValidTokenIsAcceptedWhenTheIssuerTakesSecondsToServeItsKeys() throws Exception {
        byte[] keys = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestTokens.jwkSetUri())).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        HttpServer slowIssuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slowIssuer.createContext("/oauth2/jwks", exchange -> {
            LockSupport.parkNanos(3_000_000_000L);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        slowIssuer.start();
        try {
            JwtDecoder decoder = new PlatformSecurityAutoConfiguration().jwtDecoder(TestTokens.ISSUER,
                    "http://127.0.0.1:" + slowIssuer.getAddress().getPort() + "/oauth2/jwks",
                    new SecurityProperties(TestTokens.AUDIENCE, List.of(), List.of()));

            assertThat(decoder.decode(TestTokens.token("CLB_WORKER", "clb-demo")).getClaimAsString("org"))
                    .isEqualTo("clb-demo");
        } finally {
            slowIssuer.stop(0);
        }
    }
}
