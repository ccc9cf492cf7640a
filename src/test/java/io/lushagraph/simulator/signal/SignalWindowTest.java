package io.lushagraph.simulator.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.MutableClock;
import io.lushagraph.simulator.billing.RevealKey;
import io.lushagraph.simulator.gate.RequestRejected;

/** Windows end on the injected today and start six months before unless the request says otherwise. */
class SignalWindowTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-31T23:30:00Z"));
    private final SignalDesk desk = new SignalDesk(null, null, new SimulatorToday(clock));

    @Test
    void theDefaultWindowIsTheSixMonthsUpToToday() {
        SignalWindow window = desk.windowOf(null, null);

        assertThat(window).isEqualTo(new SignalWindow(LocalDate.of(2025, 9, 30), LocalDate.of(2026, 3, 31), 0));
        clock.advance(Duration.ofHours(1));
        assertThat(desk.windowOf(null, null).to()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void startDateAndCapAreTakenAsGiven() {
        SignalWindow window = desk.windowOf("2024-02-29", 3);

        assertThat(window.from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(window.cap(List.of(1, 2, 3, 4))).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> desk.windowOf("2024-02-30", null)).isInstanceOf(RequestRejected.class);
        assertThatThrownBy(() -> desk.windowOf(null, 0)).isInstanceOf(RequestRejected.class);
    }

    @Test
    void signalRevealKeysNeverMeetContactOrCompanyRevealKeys() {
        long person = 1_099_999_999L;
        long company = 3_900_000L;

        assertThat(SignalReveals.contact(person, "promotion").value())
                .isGreaterThan(RevealKey.person(person, true, true).value())
                .isNotEqualTo(SignalReveals.contact(person, "companyChange").value());
        assertThat(SignalReveals.company(company, "riskNews").value())
                .isLessThan(RevealKey.company(company).value())
                .isNotEqualTo(SignalReveals.company(company, "peopleNews").value());
    }
}
