package io.lushagraph.simulator.universe;

import java.util.Locale;

/** How lookup keys are normalised and hashed, the same way when indexing and when looking up. */
final class Keys {

    private Keys() {
    }

    /** FNV-1a over the characters, folded to 32 bits. */
    static int hash(CharSequence text) {
        long h = 0xCBF2_9CE4_8422_2325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x0100_0000_01B3L;
        }
        return (int) (h ^ (h >>> 32));
    }

    /** Trimmed and lower-cased. */
    static String plain(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    /** A LinkedIn URL without scheme, {@code www.}, query, fragment or trailing slashes, lower-cased. */
    static String linkedin(String url) {
        return stripTail(stripHost(plain(url)), false);
    }

    /** A bare domain from a domain, FQDN or URL: no scheme, {@code www.}, port or path, lower-cased. */
    static String domain(String value) {
        return stripTail(stripHost(plain(value)), true);
    }

    private static String stripHost(String value) {
        String result = value;
        int scheme = result.indexOf("://");
        if (scheme >= 0) {
            result = result.substring(scheme + 3);
        }
        return result.startsWith("www.") ? result.substring(4) : result;
    }

    private static String stripTail(String value, boolean hostOnly) {
        int end = value.length();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '?' || c == '#' || (hostOnly && (c == '/' || c == ':'))) {
                end = i;
                break;
            }
        }
        while (end > 0 && value.charAt(end - 1) == '/') {
            end--;
        }
        return value.substring(0, end);
    }
}
