package org.aanboord.ingestion.config;

import java.util.Map;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pseudonymisationKey the region's secret for pupil pseudonyms (base64, at least 32 bytes); from the
 *                            environment only, never from the repository
 * @param previousPseudonymisationKey during a key rotation, the key before it (base64, at least 32 bytes, neither
 *                            the current nor the vault key): pupils with history under it keep that pseudonym; empty
 *                            otherwise
 * @param vaultKey            the region's secret that encrypts national numbers in the identity vault (base64, at
 *                            least 32 bytes, not the pseudonymisation key); from the environment only
 * @param legacyCodes         legacy school-software codes and the official code each maps to
 */
@ConfigurationProperties("aanboord.ingestion")
record IngestionProperties(String pseudonymisationKey, String previousPseudonymisationKey, String vaultKey,
        Map<String, AttendanceCode> legacyCodes) {

    IngestionProperties {
        legacyCodes = legacyCodes == null ? Map.of() : legacyCodes;
    }
}
