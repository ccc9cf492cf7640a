package io.lushagraph.webhook;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** The clock the receiver checks {@code X-Lusha-Timestamp} against; tests replace it with a fixed one. */
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
}
