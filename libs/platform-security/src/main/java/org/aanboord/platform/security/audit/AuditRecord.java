package org.aanboord.platform.security.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;

/**
 * One entry of the audit trail: who (user, role, organisation) read or wrote which pupil-level data, when, why,
 * and how it was answered. {@code hash} seals the entry together with the hash of the entry before it, so changing
 * or removing any entry breaks the chain from there on.
 *
 * @param sequence     position in the chain, from 1; also the document id, so two writers cannot both append n
 * @param action       READ or WRITE
 * @param what         the endpoint, e.g. {@code GET /api/cases/{caseId}}
 * @param subject      the ids the request named (path variables and query parameters)
 * @param status       the HTTP status of the answer
 * @param previousHash the hash of entry {@code sequence - 1} ({@link #GENESIS} for the first)
 */
public record AuditRecord(@Id long sequence, Instant at, String who, String role, String organisationId,
        String action, String what, Map<String, String> subject, int status, String purpose, String previousHash,
        String hash) {

    public static final String GENESIS = "0".repeat(64);

    public AuditRecord {
        subject = subject == null ? Map.of() : new TreeMap<>(subject);
    }

    /** The entry sealed onto the chain after {@code previousHash}. */
    static AuditRecord sealed(long sequence, Instant at, String who, String role, String organisationId,
            String action, String what, Map<String, String> subject, int status, String purpose,
            String previousHash) {
        AuditRecord unsealed = new AuditRecord(sequence, at, who, role, organisationId, action, what, subject, status,
                purpose, previousHash, null);
        return new AuditRecord(sequence, at, who, role, organisationId, action, what, unsealed.subject(), status,
                purpose, previousHash, unsealed.computeHash());
    }

    /** SHA-256 over every field but the hash itself, in a fixed order with unambiguous separators. */
    String computeHash() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {sequence, at, who, role, organisationId, action, what, subject, status,
                purpose, previousHash}) {
            String value = String.valueOf(field);
            text.append(value.length()).append(':').append(value).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
