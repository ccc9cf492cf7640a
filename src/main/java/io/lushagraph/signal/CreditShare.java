package io.lushagraph.signal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The credits Lusha charged for one signal lookup. A lookup shared by several resolvers or coalesced requests is
 * charged once: the first to claim the share counts it, the others get zero.
 */
final class CreditShare {

    private final AtomicLong left;

    CreditShare(long credits) {
        this.left = new AtomicLong(credits);
    }

    /** The credits, the first time; zero after. */
    long claim() {
        return left.getAndSet(0);
    }
}
