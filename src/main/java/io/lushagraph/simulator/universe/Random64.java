package io.lushagraph.simulator.universe;

import java.util.List;
import java.util.SplittableRandom;

/** Deterministic randomness: one independent stream per (seed, kind, index), and weighted picks over tables. */
final class Random64 {

    static final long PERSON = 0x5045_5253_4F4EL;
    static final long COMPANY = 0x434F_4D50_414EL;
    static final long JITTER = 0x4A49_5454_4552L;

    private Random64() {
    }

    /** A well-mixed 64-bit value for {@code (seed, kind, index)} (SplitMix64's finaliser). */
    static long mix(long seed, long kind, long index) {
        long z = seed * 0x9E37_79B9_7F4A_7C15L + kind * 0xBF58_476D_1CE4_E5B9L + index;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** The random stream of one entity. */
    static SplittableRandom stream(long seed, long kind, long index) {
        return new SplittableRandom(mix(seed, kind, index));
    }

    /** An index into {@code weights}, drawn in proportion to them. */
    static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        int index = 0;
        while (ticket >= weights[index]) {
            ticket -= weights[index];
            index++;
        }
        return index;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** True with the given probability in percent. */
    static boolean percent(SplittableRandom random, int chance) {
        return random.nextInt(100) < chance;
    }
}
