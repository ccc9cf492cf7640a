package io.lushagraph.simulator.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimReply;

/** Validates a webhook URL once, before anything is created or changed: its format, then the challenge. */
final class UrlCheck {

    static final int MAX_URL = 2048;

    private UrlCheck() {
    }

    /** Throws Lusha's 400 unless {@code url} is a well-formed http(s) URL whose receiver echoes a challenge. */
    static void verify(String url, Receivers receivers) {
        if (url == null || url.isBlank()) {
            throw RequestRejected.validation("url must be a URL address");
        }
        if (url.length() > MAX_URL) {
            throw RequestRejected.validation("url must be shorter than or equal to 2048 characters");
        }
        if (!wellFormed(url)) {
            throw RequestRejected.validation("url must be a URL address");
        }
        Attempt challenge = receivers.challenge(url);
        if (!challenge.success()) {
            throw new RequestRejected(SimReply.error(400, "Webhook URL verification failed: " + challenge.error()));
        }
    }

    private static boolean wellFormed(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getFragment() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
