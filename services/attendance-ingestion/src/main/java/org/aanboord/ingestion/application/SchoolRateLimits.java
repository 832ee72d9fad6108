package org.aanboord.ingestion.application;

import java.util.Collection;
import java.util.LinkedHashSet;

import org.aanboord.platform.agreements.AgreementDirectory;
import org.springframework.stereotype.Component;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/**
 * One Resilience4j rate limiter per known school (configuration {@code per-school}); each request takes one permit
 * from every school it names. Unknown school ids get no limiter (their rows are refused anyway), so garbage ids
 * cannot grow the registry.
 */
@Component
public class SchoolRateLimits {

    static final String CONFIG = "per-school";

    private final RateLimiterRegistry registry;
    private final AgreementDirectory agreements;

    SchoolRateLimits(RateLimiterRegistry registry, AgreementDirectory agreements) {
        this.registry = registry;
        this.agreements = agreements;
    }

    /** Takes a permit for every known school named; throws {@link RateLimitedException} for the first refused. */
    public void admit(Collection<String> schoolIds) {
        for (String schoolId : new LinkedHashSet<>(schoolIds)) {
            if (schoolId == null || !agreements.knowsSchool(schoolId)) {
                continue;
            }
            RateLimiter limiter = registry.rateLimiter("school:" + schoolId, CONFIG);
            if (!limiter.acquirePermission()) {
                long refreshNanos = limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
                throw new RateLimitedException(schoolId, Math.max(1, (refreshNanos + 999_999_999L) / 1_000_000_000L));
            }
        }
    }
}
