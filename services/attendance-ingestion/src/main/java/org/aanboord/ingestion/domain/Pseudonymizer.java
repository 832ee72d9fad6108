package org.aanboord.ingestion.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a pupil identifier into the keyed pseudonym that travels on Kafka: HMAC-SHA256 with the region's secret,
 * base64url. Without the key the pseudonym cannot be reversed or recomputed from a guessed national number.
 * A national number gives the same pseudonym in every school, so a pupil's history follows them; a school-local id
 * only means something inside its school, so it is pseudonymised together with the school id.
 * <p>
 * During a key rotation it also holds the previous key, so the pupil's pseudonym under that key can be computed as
 * well ({@link #previousPseudonymOf}): a pupil who already has history under it keeps it until the state is re-keyed.
 */
public final class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_KEY_BYTES = 32;

    /** Mac.getInstance is a provider lookup; batches of 50,000 rows pseudonymise on one thread. */
    private final ThreadLocal<Mac> macs;
    /** Null when no rotation is under way. */
    private final ThreadLocal<Mac> previousMacs;

    public Pseudonymizer(byte[] secret) {
        this(secret, null);
    }

    /** @param previousSecret the key before the rotation, null when none; must differ from {@code secret} */
    public Pseudonymizer(byte[] secret, byte[] previousSecret) {
        SecretKeySpec key = keyOf(secret, "pseudonymisation key");
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
        if (previousSecret == null) {
            this.previousMacs = null;
        } else {
            if (MessageDigest.isEqual(secret, previousSecret)) {
                throw new IllegalArgumentException("The previous pseudonymisation key must differ from the current one");
            }
            SecretKeySpec previous = keyOf(previousSecret, "previous pseudonymisation key");
            this.previousMacs = ThreadLocal.withInitial(() -> newMac(previous));
        }
    }

    /** Whether a previous key is held (a rotation is under way). */
    public boolean rotating() {
        return previousMacs != null;
    }

    /** The pseudonym the pupil of this link had under the previous key; empty when there is none. */
    public Optional<String> previousPseudonymOf(PupilLink link) {
        if (previousMacs == null) {
            return Optional.empty();
        }
        return Optional.of(pseudonymOf(previousMacs.get(), link.nationalNumber() != null
                ? nationalIdentifier(link.nationalNumber()) : localIdentifier(link.schoolId(), link.localId())));
    }

    /** The pseudonym of a pupil known by national register number (the eleven digits). */
    public String ofNationalNumber(String digits) {
        return pseudonymOf(macs.get(), nationalIdentifier(digits));
    }

    /** The pseudonym of a pupil known only by the school's own id. */
    public String ofLocalId(String schoolId, String localId) {
        return pseudonymOf(macs.get(), localIdentifier(schoolId, localId));
    }

    private static String nationalIdentifier(String digits) {
        return "rrn:" + digits;
    }

    private static String localIdentifier(String schoolId, String localId) {
        return "school:" + schoolId + ":" + localId;
    }

    private static String pseudonymOf(Mac mac, String identifier) {
        byte[] digest = mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static SecretKeySpec keyOf(byte[] secret, String name) {
        if (secret == null || secret.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("The " + name + " must be at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(secret, ALGORITHM);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
