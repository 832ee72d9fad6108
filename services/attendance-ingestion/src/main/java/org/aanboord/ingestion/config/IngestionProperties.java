package org.aanboord.ingestion.config;

import java.util.Map;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pseudonymisationKey the region's secret for pupil pseudonyms (base64, at least 32 bytes); from the
 *                            environment only, never from the repository
 * @param legacyCodes         legacy school-software codes and the official code each maps to
 */
@ConfigurationProperties("aanboord.ingestion")
record IngestionProperties(String pseudonymisationKey, Map<String, AttendanceCode> legacyCodes) {

    IngestionProperties {
        legacyCodes = legacyCodes == null ? Map.of() : legacyCodes;
    }
}
