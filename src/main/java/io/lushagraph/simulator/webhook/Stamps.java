package io.lushagraph.simulator.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Webhook ids and time stamps in Lusha's formats: 24-hex ids, ISO-8601 with millis and {@code Z}. */
final class Stamps {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OPT_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private Stamps() {
    }

    static String iso(Instant instant) {
        return ISO.format(instant);
    }

    /** The {@code "YYYY-MM-DD HH:MM:SS.mmm"} UTC form of opt-out payloads. */
    static String optOut(Instant instant) {
        return OPT_OUT.format(instant);
    }

    /** A 24-hex, ObjectId-like id. */
    static String objectId() {
        return hex(12);
    }

    static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
