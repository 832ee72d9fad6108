package org.aanboord.platform.retention;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention settings of a service.
 *
 * @param cron       when the purge runs (Spring cron, Europe/Brussels); read by the scheduler itself, listed here so
 *                   it is documented with the rest
 * @param categories retention per data category, overriding the category's default, e.g. {@code closed-cases: 730d}
 */
@ConfigurationProperties("aanboord.retention")
public record RetentionProperties(String cron, Map<String, Duration> categories) {

    public static final String DEFAULT_CRON = "0 30 2 * * *";

    public RetentionProperties {
        cron = cron == null ? DEFAULT_CRON : cron;
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }

    Duration retentionOf(PurgeCategory category) {
        return categories.getOrDefault(category.name(), category.defaultRetention());
    }
}
