package io.lushagraph.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lusha's webhook signature: lowercase hex HMAC-SHA256(secret, timestamp + "." + raw body bytes), compared in
 * constant time. The body is never decoded or re-serialized.
 */
final class Signatures {

    private static final int MAC_BYTES = 32;

    private Signatures() {
    }

    /** Whether the header is a signature of the timestamp and body under the secret. */
    static boolean valid(String secret, String timestamp, byte[] body, byte[] presented) {
        return presented != null && MessageDigest.isEqual(mac(secret, timestamp, body), presented);
    }

    /** The MAC the sender computes. */
    static byte[] mac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The header's 32 bytes, or null unless it is exactly 64 lowercase hex characters. */
    static byte[] decode(String header) {
        if (header == null || header.length() != MAC_BYTES * 2) {
            return null;
        }
        byte[] bytes = new byte[MAC_BYTES];
        for (int i = 0; i < MAC_BYTES; i++) {
            int high = nibble(header.charAt(2 * i));
            int low = nibble(header.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static int nibble(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }
}
