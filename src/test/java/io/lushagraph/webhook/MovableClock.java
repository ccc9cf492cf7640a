package io.lushagraph.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A receiver clock that stands still until a test moves it: wall clock and ticks move together. */
final class MovableClock extends WebhookClock {

    private final Instant start;
    private final AtomicLong elapsed = new AtomicLong();

    MovableClock(Instant start) {
        this.start = start;
    }

    /** Moves both clocks on. */
    void advance(Duration by) {
        elapsed.addAndGet(by.toNanos());
    }

    /** The wall clock's reading in epoch seconds, as {@code X-Lusha-Timestamp} carries it. */
    String timestamp() {
        return Long.toString(now().getEpochSecond());
    }

    @Override
    public Clock clock() {
        return Clock.fixed(start.plusNanos(elapsed.get()), ZoneOffset.UTC);
    }

    @Override
    public long ticks() {
        return elapsed.get();
    }
}
