package io.lushagraph.simulator.billing;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.gate.SimulatorStats;

/** Charges reveals to the ledger and counts what was charged in the stats. */
@Singleton
public class Billing {

    private final CreditLedger ledger;
    private final SimulatorStats stats;

    public Billing(CreditLedger ledger, SimulatorStats stats) {
        this.ledger = ledger;
        this.stats = stats;
    }

    /** True when this reveal cost a credit ({@code isCreditCharged}). */
    public boolean charge(RevealKey key) {
        boolean charged = ledger.charge(key);
        if (charged) {
            stats.addCredits(1);
        }
        return charged;
    }

    /** Charges credits outright, without the 30-day rule (lookalike results: one each). */
    public void chargeOutright(long credits) {
        if (credits > 0) {
            ledger.spend(credits);
            stats.addCredits(credits);
        }
    }
}
