package io.lushagraph.simulator.signal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic event streams. Time since {@link #EPOCH} is cut into buckets of a stream's length; each bucket of
 * each entity draws, from its own random stream of (seed, stream, entity, bucket), whether it holds an event and on
 * which day. Events therefore have fixed dates, and every window, however recent, has its share of them.
 */
final class SignalEvents {

    /** The first day events can fall on. */
    static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    private SignalEvents() {
    }

    /** One event: its day, its bucket and the random stream its details are drawn from. */
    record Event(LocalDate date, long bucket, SplittableRandom random) {
    }

    /**
     * The events of one entity's stream inside the window, newest first.
     *
     * @param bucketDays how many days one bucket spans
     * @param percent the chance, in percent, that a bucket holds an event
     */
    static List<Event> inWindow(long seed, long stream, int entity, int bucketDays, int percent,
            SignalWindow window) {
        List<Event> events = new ArrayList<>();
        LocalDate from = window.from().isBefore(EPOCH) ? EPOCH : window.from();
        if (window.to().isBefore(from)) {
            return events;
        }
        long first = ChronoUnit.DAYS.between(EPOCH, from) / bucketDays;
        long last = ChronoUnit.DAYS.between(EPOCH, window.to()) / bucketDays;
        for (long bucket = last; bucket >= first; bucket--) {
            SplittableRandom random = new SplittableRandom(mix(seed, stream, entity, bucket));
            if (random.nextInt(100) >= percent) {
                continue;
            }
            LocalDate date = EPOCH.plusDays(bucket * bucketDays + random.nextInt(bucketDays));
            if (window.contains(date)) {
                events.add(new Event(date, bucket, random));
            }
        }
        return events;
    }

    /** A well-mixed 64-bit value for the four coordinates (SplitMix64's finaliser over their combination). */
    static long mix(long seed, long stream, long entity, long bucket) {
        long z = seed * 0x9E37_79B9_7F4A_7C15L + stream * 0xBF58_476D_1CE4_E5B9L + entity * 0x94D0_49BB_1331_11EBL
                + bucket;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
