package io.lushagraph.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import io.quarkus.test.Mock;

/** The catalog caches' clock in tests: real time plus whatever the tests moved it forward by. */
@Mock
@Singleton
public class SteppingTicker extends CatalogTicker {

    private final AtomicLong offset = new AtomicLong();

    @Override
    public long read() {
        return super.read() + offset.get();
    }

    public void advance(Duration duration) {
        offset.addAndGet(duration.toNanos());
    }

    /** Moves past every catalog's lifetime, so each test starts with empty caches. */
    public void expireEverything() {
        advance(Duration.ofDays(30));
    }
}
