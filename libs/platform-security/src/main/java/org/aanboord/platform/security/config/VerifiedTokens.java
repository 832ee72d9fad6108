package org.aanboord.platform.security.config;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens it has verified until they expire. A school's software sends many requests with one access
 * token, and checking its RSA signature and claims again for each is a large share of a small request's CPU. Only
 * the exact token string that passed every check is remembered, never one that failed; a full cache is emptied
 * rather than grown.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 1_000;

    private final JwtDecoder verifying;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifying, Clock clock) {
        this.verifying = verifying;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (unexpired(known)) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = verifying.decode(token);
        if (unexpired(jwt)) {
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    private boolean unexpired(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }
}
