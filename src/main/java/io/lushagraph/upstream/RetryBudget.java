package io.lushagraph.upstream;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Envoy's retry budget: retries in flight stay under a share of the calls in flight, with a floor, so that a
 * failing Lusha is not hit with a multiple of the traffic it already cannot serve.
 */
final class RetryBudget {

    private final double ratio;
    private final int minimum;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();

    RetryBudget(double ratio, int minimum) {
        this.ratio = ratio;
        this.minimum = minimum;
    }

    void callStarted() {
        calls.incrementAndGet();
    }

    void callEnded() {
        calls.decrementAndGet();
    }

    /** Takes one retry from the budget, or says there is none left. */
    boolean tryAcquire() {
        while (true) {
            int current = retries.get();
            if (current >= allowance()) {
                return false;
            }
            if (retries.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Gives back a retry once its attempt has ended. */
    void release() {
        retries.decrementAndGet();
    }

    int allowance() {
        return Math.max(minimum, (int) (ratio * calls.get()));
    }
}
