package io.lushagraph.simulator.webhook;

import java.time.Instant;

/** The outcome of one HTTP call to a receiver: its status (null when none came) and what went wrong, if anything. */
record Attempt(Instant at, Integer statusCode, long durationMs, String error) {

    boolean success() {
        return error == null;
    }
}
