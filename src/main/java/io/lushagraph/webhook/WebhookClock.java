package io.lushagraph.webhook;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The receiver's clocks: the wall clock {@code X-Lusha-Timestamp} is checked against, and the monotonic ticks that
 * time how long what was learnt of the signing secret holds. Tests replace them to fix or move time.
 */
@ApplicationScoped
public class WebhookClock {

    /** The clock to read. */
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** Now, by {@link #clock()}. */
    public Instant now() {
        return clock().instant();
    }

    /** A monotonic reading in nanoseconds ({@link System#nanoTime()}), for intervals only. */
    public long ticks() {
        return System.nanoTime();
    }
}
