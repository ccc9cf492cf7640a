package io.lushagraph.upstream;

import java.time.Duration;
import java.time.Instant;

/**
 * What Lusha last said about an account's request quota, read from the {@code x-rate-limit-*},
 * {@code x-*-requests-left} and {@code x-*-usage} headers. A window Lusha did not report is {@code null}.
 */
public record QuotaState(Window daily, Window hourly, Window minute, Instant observedAt) {

    /**
     * How far apart two answers may arrive and still be taken for concurrent calls, whose answers can overtake each
     * other on the way back; answers further apart are read in the order they came (a window may have reset).
     */
    static final Duration OVERTAKING = Duration.ofSeconds(1);

    /** One quota window: its limit, what is left and what was used. */
    public record Window(Long limit, Long remaining, Long used) {

        // Whether this window shows fewer requests made than the other, i.e. it was read before it.
        boolean olderThan(Window other) {
            if (used != null && other.used != null) {
                return used < other.used;
            }
            return remaining != null && other.remaining != null && remaining > other.remaining;
        }
    }

    /**
     * This state after a later answer: each window is the later answer's, except that an answer arriving within
     * {@link #OVERTAKING} of this one and showing fewer requests made in a window was overtaken by this one, so that
     * window keeps this state's reading.
     */
    QuotaState updatedBy(QuotaState later) {
        boolean overtaking = Duration.between(observedAt, later.observedAt).compareTo(OVERTAKING) < 0;
        return new QuotaState(pick(daily, later.daily, overtaking), pick(hourly, later.hourly, overtaking),
                pick(minute, later.minute, overtaking), later.observedAt);
    }

    private static Window pick(Window before, Window later, boolean overtaking) {
        return overtaking && before != null && later != null && later.olderThan(before) ? before : later;
    }
}
