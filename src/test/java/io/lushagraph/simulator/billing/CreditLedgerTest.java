package io.lushagraph.simulator.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.MutableClock;

class CreditLedgerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final CreditLedger ledger = new CreditLedger(clock, 1_000);

    @Test
    void anIdenticalRevealIsFreeForThirtyDaysThenChargedAgain() {
        RevealKey reveal = RevealKey.person(1_000_000_387L, true, true);

        assertThat(ledger.charge(reveal)).isTrue();
        clock.advance(Duration.ofDays(29).plusHours(23));
        assertThat(ledger.charge(reveal)).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(ledger.charge(reveal)).isTrue();
        clock.advance(Duration.ofDays(1));
        assertThat(ledger.charge(reveal)).isFalse();
        assertThat(ledger.usage()).isEqualTo(new CreditLedger.Usage(2, 1_000, 998));
    }

    @Test
    void otherRevealFlagsOrAnotherEntityAreDifferentReveals() {
        assertThat(ledger.charge(RevealKey.person(5, true, true))).isTrue();
        assertThat(ledger.charge(RevealKey.person(5, true, false))).isTrue();
        assertThat(ledger.charge(RevealKey.person(5, false, true))).isTrue();
        assertThat(ledger.charge(RevealKey.person(6, true, true))).isTrue();
        assertThat(ledger.charge(RevealKey.company(5))).isTrue();
        assertThat(ledger.charge(RevealKey.company(5))).isFalse();
        assertThat(ledger.usage().used()).isEqualTo(5);
    }

    @Test
    void forgettingChargesEveryRevealAgainFromZero() {
        RevealKey reveal = RevealKey.company(42);
        ledger.charge(reveal);

        ledger.forget();

        assertThat(ledger.usage().used()).isZero();
        assertThat(ledger.charge(reveal)).isTrue();
    }

    @Test
    void remainingNeverGoesBelowZero() {
        CreditLedger small = new CreditLedger(clock, 1);
        small.charge(RevealKey.company(1));
        small.charge(RevealKey.company(2));

        assertThat(small.usage()).isEqualTo(new CreditLedger.Usage(2, 1, 0));
    }
}
