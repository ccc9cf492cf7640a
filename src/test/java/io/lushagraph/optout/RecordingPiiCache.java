package io.lushagraph.optout;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** A PII cache that counts how often opt-outs purged it. */
@ApplicationScoped
public class RecordingPiiCache implements PiiCache {

    private final AtomicInteger purges = new AtomicInteger();

    @Override
    public void purgePii() {
        purges.incrementAndGet();
    }

    /** Purges so far. */
    public int purges() {
        return purges.get();
    }
}
