package io.lushagraph.simulator;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.lushagraph.config.LushaConfig;
import io.lushagraph.simulator.universe.Universe;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** Holds the simulator's universe, built at startup when the simulator is enabled and never otherwise. */
@Singleton
public class SimulatorUniverse {

    private final LushaConfig.Simulator config;
    private volatile Universe universe;

    public SimulatorUniverse(LushaConfig config) {
        this.config = config.simulator();
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            get();
        }
    }

    /** The universe, built on first use. */
    public Universe get() {
        Universe built = universe;
        if (built == null) {
            synchronized (this) {
                if (universe == null) {
                    universe = build();
                }
                built = universe;
            }
        }
        return built;
    }

    /** Whether the universe has been built, which never happens while the simulator is disabled. */
    public boolean isBuilt() {
        return universe != null;
    }

    private Universe build() {
        long start = System.nanoTime();
        Universe built = Universe.build(config.seed(), config.people(), config.companies());
        Log.infof("Lusha simulator: %d people at %d companies (seed %d) built in %d ms", built.peopleCount(),
                built.companyCount(), built.seed(), (System.nanoTime() - start) / 1_000_000);
        return built;
    }
}
