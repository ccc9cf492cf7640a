package io.lushagraph.simulator.signal;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The simulator's idea of today (UTC), the only use it makes of the clock: where signal windows end. */
@Singleton
public class SimulatorToday {

    private final Clock clock;

    @Inject
    public SimulatorToday() {
        this(Clock.systemUTC());
    }

    public SimulatorToday(Clock clock) {
        this.clock = clock;
    }

    public LocalDate get() {
        return LocalDate.now(clock);
    }
}
