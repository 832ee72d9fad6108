package org.aanboord.ingestion.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a pupil identifier into the keyed pseudonym that travels on Kafka: HMAC-SHA256 with the region's secret,
 * base64url. Without the key the pseudonym cannot be reversed or recomputed from a guessed national number.
 * A national number gives the same pseudonym in every school, so a pupil's history follows them; a school-local id
 * only means something inside its school, so it is pseudonymised together with the school id.
 */
public final class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_KEY_BYTES = 32;

    private final SecretKeySpec key;
    /** Mac.getInstance is a provider lookup; batches of 50,000 rows pseudonymise on one thread. */
    private final ThreadLocal<Mac> macs;

    public Pseudonymizer(byte[] secret) {
        if (secret == null || secret.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("The pseudonymisation key must be at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The pseudonym of a pupil known by national register number (the eleven digits). */
    public String ofNationalNumber(String digits) {
        return pseudonymOf("rrn:" + digits);
    }

    /** The pseudonym of a pupil known only by the school's own id. */
    public String ofLocalId(String schoolId, String localId) {
        return pseudonymOf("school:" + schoolId + ":" + localId);
    }

    String pseudonymOf(String identifier) {
        byte[] digest = macs.get().doFinal(identifier.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
