package org.aanboord.ingestion.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts national register numbers for the identity vault: AES-256-GCM with a random 96-bit IV per value, stored
 * as base64 of IV ‖ ciphertext ‖ tag. The pseudonym is the associated data, so a ciphertext copied onto another
 * pupil's document does not decrypt. The AES key is the SHA-256 of the configured secret, so any secret of at
 * least 32 bytes gives a full-strength key.
 */
public final class NationalNumberCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int MINIMUM_KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public NationalNumberCipher(byte[] secret) {
        if (secret == null || secret.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("The vault key must be at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        try {
            this.key = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(secret), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String encrypt(String digits, String pseudonym) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, pseudonym, digits.getBytes(StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed)
                .array());
    }

    /** @throws IllegalStateException when the value was altered, moved to another pupil or sealed with another key */
    public String decrypt(String stored, String pseudonym) {
        byte[] all = Base64.getDecoder().decode(stored);
        ByteBuffer buffer = ByteBuffer.wrap(all);
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(run(Cipher.DECRYPT_MODE, iv, pseudonym, sealed), StandardCharsets.US_ASCII);
    }

    private byte[] run(int mode, byte[] iv, String pseudonym, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(pseudonym.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The national number could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted: altered, moved or sealed with another vault key"), e);
        }
    }
}
