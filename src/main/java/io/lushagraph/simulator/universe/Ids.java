package io.lushagraph.simulator.universe;

import java.util.function.IntToLongFunction;

/**
 * Lusha-looking numeric ids that are unique by construction: entity {@code i} gets {@code base + i * stride + jitter}
 * with a seeded jitter below the stride, so an id maps back to its index with one division.
 */
final class Ids {

    private static final long PERSON_BASE = 1_000_000_000L;
    private static final long PERSON_STRIDE = 997;
    private static final long COMPANY_BASE = 1_000;
    private static final long COMPANY_STRIDE = 389;
    private static final long LUSHA_COMPANY_BASE = 10_000_000;
    private static final long LUSHA_COMPANY_STRIDE = 613;
    private static final long LINKEDIN_STRIDE = 1297;

    private Ids() {
    }

    static long personId(long seed, int index) {
        return PERSON_BASE + index * PERSON_STRIDE + jitter(seed, 1, index, PERSON_STRIDE);
    }

    static long companyId(long seed, int index) {
        return COMPANY_BASE + index * COMPANY_STRIDE + jitter(seed, 2, index, COMPANY_STRIDE);
    }

    static long lushaCompanyId(long seed, int index) {
        return LUSHA_COMPANY_BASE + index * LUSHA_COMPANY_STRIDE + jitter(seed, 3, index, LUSHA_COMPANY_STRIDE);
    }

    /** A unique base-36 token that ends a person's LinkedIn slug. */
    static String linkedinToken(long seed, int index) {
        return Long.toString(46_656 + index * LINKEDIN_STRIDE + jitter(seed, 4, index, LINKEDIN_STRIDE), 36);
    }

    /** The index whose person id is {@code id}, or -1. */
    static int personIndex(long seed, long id, int count) {
        return indexOf(id, PERSON_BASE, PERSON_STRIDE, count, i -> personId(seed, i));
    }

    /** The index whose company id is {@code id}, or -1. */
    static int companyIndex(long seed, long id, int count) {
        return indexOf(id, COMPANY_BASE, COMPANY_STRIDE, count, i -> companyId(seed, i));
    }

    private static int indexOf(long id, long base, long stride, int count, IntToLongFunction idOf) {
        if (id < base) {
            return -1;
        }
        long index = (id - base) / stride;
        return index < count && idOf.applyAsLong((int) index) == id ? (int) index : -1;
    }

    private static long jitter(long seed, long kind, int index, long stride) {
        return Math.floorMod(Random64.mix(seed, Random64.JITTER + kind, index), stride);
    }
}
