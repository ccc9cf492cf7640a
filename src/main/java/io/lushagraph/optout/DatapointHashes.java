package io.lushagraph.optout;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.GatewayConfig;

/**
 * The only form in which the gateway keeps an opted-out email or phone: HMAC-SHA256 under the configured pepper of
 * the normalised value (an email trimmed and lowercased, a phone reduced to its digits).
 */
@ApplicationScoped
public class DatapointHashes {

    private final SecretKeySpec pepper;

    public DatapointHashes(GatewayConfig config) {
        this.pepper = new SecretKeySpec(config.optout().pepper().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of an email address or phone number. */
    public String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            return HexFormat.of().formatHex(mac.doFinal(normalise(value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    static String normalise(String value) {
        String trimmed = value.trim();
        if (trimmed.indexOf('@') >= 0) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        StringBuilder digits = new StringBuilder(trimmed.length());
        trimmed.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.isEmpty() ? trimmed.toLowerCase(Locale.ROOT) : digits.toString();
    }
}
