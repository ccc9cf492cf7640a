package io.lushagraph.simulator.signal;

import io.lushagraph.simulator.billing.RevealKey;
import io.lushagraph.simulator.universe.SignalTypes;

/**
 * Ledger keys of signal reveals: one per entity and signal type, so the ledger's 30-day rule makes a repeated
 * signal type of the same person or company free. They live far from the keys of contact reveals (small positive)
 * and company reveals (small negative): contacts above {@code 2^48}, companies below {@code -2^48}.
 */
final class SignalReveals {

    private static final long OFFSET = 1L << 48;
    private static final int TYPES_PER_ENTITY = 32;

    private SignalReveals() {
    }

    static RevealKey contact(long personId, String type) {
        return new RevealKey(OFFSET + personId * TYPES_PER_ENTITY + SignalTypes.CONTACT.indexOf(type));
    }

    static RevealKey company(long companyId, String type) {
        return new RevealKey(-OFFSET - companyId * TYPES_PER_ENTITY - SignalTypes.COMPANY.indexOf(type));
    }
}
