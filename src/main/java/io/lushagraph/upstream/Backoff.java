package io.lushagraph.upstream;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with full jitter: before retry {@code n} (from 1) the delay is drawn from 0 to
 * {@code min(cap, base * 2^(n-1))}.
 */
record Backoff(Duration base, Duration cap) {

    /**
     * @param retry which retry this is, from 1
     * @param random draws a number from 0 to its argument, both included
     */
    Duration delay(int retry, LongUnaryOperator random) {
        return Duration.ofMillis(random.applyAsLong(ceilingMillis(retry)));
    }

    long ceilingMillis(int retry) {
        long ceiling = base.toMillis();
        for (int i = 1; i < retry && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, cap.toMillis());
    }
}
