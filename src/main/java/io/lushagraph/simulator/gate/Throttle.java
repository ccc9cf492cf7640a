package io.lushagraph.simulator.gate;

import java.util.Map;

/** A 429 from a rate limit or quota: the limit that was hit, seconds until it resets, and Lusha's message. */
public record Throttle(long limit, long resetSeconds, String message) {

    /** Lusha's 429 answer with the {@code RateLimit-*} headers. */
    public SimReply reply() {
        return new SimReply(429, ErrorBody.of(429, message), headers(limit, resetSeconds));
    }

    static Map<String, String> headers(long limit, long resetSeconds) {
        return Map.of("RateLimit-Limit", Long.toString(limit), "RateLimit-Remaining", "0",
                "RateLimit-Reset", Long.toString(Math.max(1, resetSeconds)));
    }
}
