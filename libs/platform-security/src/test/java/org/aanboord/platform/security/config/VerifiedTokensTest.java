package org.aanboord.platform.security.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private final List<String> verifiedTokens = new ArrayList<>();

    @Test
    void aTokenSentAgainIsNotVerifiedAgainUntilItExpires() {
        JwtDecoder decoder = new VerifiedTokens(verifier(NOW.plusSeconds(300)), Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt first = decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(again).isSameAs(first);
        assertThat(verifiedTokens).containsExactly("token-a", "token-b");
    }

    @Test
    void aTokenThatHasExpiredIsVerifiedEachTime() {
        JwtDecoder decoder = new VerifiedTokens(verifier(NOW), Clock.fixed(NOW, ZoneOffset.UTC));

        decoder.decode("token-a");
        decoder.decode("token-a");

        assertThat(verifiedTokens).containsExactly("token-a", "token-a");
    }

    @Test
    void aRefusedTokenIsRefusedEachTimeAndNeverRemembered() {
        JwtDecoder refusing = token -> {
            verifiedTokens.add(token);
            throw new BadJwtException("signature does not match");
        };
        JwtDecoder decoder = new VerifiedTokens(refusing, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedTokens).containsExactly("forged", "forged");
    }

    @Test
    void manyDifferentTokensDoNotGrowTheCacheBeyondItsCapacity() {
        JwtDecoder decoder = new VerifiedTokens(verifier(NOW.plusSeconds(300)), Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            decoder.decode("token-" + i);
        }
        verifiedTokens.clear();

        decoder.decode("token-" + VerifiedTokens.CAPACITY);
        decoder.decode("token-0");

        assertThat(verifiedTokens).as("the newest is kept, the full cache was emptied before it")
                .containsExactly("token-0");
    }

    private JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifiedTokens.add(token);
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("school-software")
                    .issuedAt(NOW.minusSeconds(10)).expiresAt(expiresAt).build();
        };
    }
}
