package io.lushagraph.simulator.lookalike;

import java.util.Arrays;
import java.util.Collection;

/**
 * Orders scored candidates best first; equal scores fall in a deterministic order drawn from the seeds, so the same
 * seeds always give the same ranking and different seeds do not all favour the same entities.
 */
final class Ranking {

    static final int MAX_SCORE = 15;

    private final long salt;
    private long[] keys = new long[256];
    private int size;

    Ranking(Collection<Integer> seeds) {
        this.salt = seeds.stream().sorted().mapToLong(Integer::longValue).reduce(17, (h, i) -> mix(h * 31 + i));
    }

    /** Adds a candidate by universe index with a score from 1 to {@link #MAX_SCORE}. */
    void add(int index, int score) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        long tieBreak = mix(salt ^ index) & 0x7FF_FFFFL;
        keys[size++] = ((long) (MAX_SCORE - Math.min(score, MAX_SCORE)) << 59) | (tieBreak << 32) | index;
    }

    /** The candidates' indexes, best first. */
    int[] ordered() {
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted);
        int[] indexes = new int[size];
        for (int i = 0; i < size; i++) {
            indexes[i] = (int) sorted[i];
        }
        return indexes;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long value) {
        long z = value * 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
