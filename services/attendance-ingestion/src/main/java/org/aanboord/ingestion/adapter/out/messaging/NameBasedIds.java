package org.aanboord.ingestion.adapter.out.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Event ids that follow from what the event records: the name-based (version 3) UUIDs of
 * {@link UUID#nameUUIDFromBytes}, made with an MD5 digest kept per thread. That method looks the algorithm up among
 * the security providers for every call, which cost a batch of 10,000 events as much as the hashing itself.
 */
final class NameBasedIds {

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    });

    private NameBasedIds() {
    }

    static String of(String name) {
        byte[] hash = MD5.get().digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) (hash[6] & 0x0f | 0x30);
        hash[8] = (byte) (hash[8] & 0x3f | 0x80);
        return new UUID(bigEndian(hash, 0), bigEndian(hash, 8)).toString();
    }

    private static long bigEndian(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = value << 8 | bytes[i] & 0xff;
        }
        return value;
    }
}
