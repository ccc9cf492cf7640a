package io.lushagraph.simulator.universe;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A compact open-addressing multimap from a 32-bit key hash to entity indexes. Hashes may collide, so every lookup
 * passes a predicate that checks the candidate entity really has the key.
 */
final class HashIndex {

    private static final int EMPTY = -1;

    private final int[] hashes;
    private final int[] values;
    private final int mask;

    HashIndex(int expectedEntries) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedEntries * 2 - 1)) << 1;
        hashes = new int[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
        mask = capacity - 1;
    }

    void add(int hash, int value) {
        int slot = hash & mask;
        while (values[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        values[slot] = value;
    }

    /** The first added entity with this hash that {@code matches} accepts, or -1. */
    int find(int hash, IntPredicate matches) {
        for (int slot = hash & mask; values[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && matches.test(values[slot])) {
                return values[slot];
            }
        }
        return EMPTY;
    }

    /** How many added entities with this hash {@code matches} accepts. */
    int count(int hash, IntPredicate matches) {
        int count = 0;
        for (int slot = hash & mask; values[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && matches.test(values[slot])) {
                count++;
            }
        }
        return count;
    }
}
