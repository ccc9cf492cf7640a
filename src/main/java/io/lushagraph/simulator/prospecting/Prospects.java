package io.lushagraph.simulator.prospecting;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.lushagraph.config.LushaConfig;
import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.universe.Universe;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Every person of the universe as a {@link Prospect}: a search scans them all, which a full person draw per row
 * would make a hundred times slower. Built in the background at startup when the simulator is enabled, so the first
 * search does not wait on the event loop.
 */
@Singleton
class Prospects {

    private final SimulatorUniverse universe;
    private final boolean enabled;
    private volatile List<Prospect> all;

    Prospects(SimulatorUniverse universe, LushaConfig config) {
        this.universe = universe;
        this.enabled = config.simulator().enabled();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            Infrastructure.getDefaultWorkerPool().execute(this::all);
        }
    }

    List<Prospect> all() {
        List<Prospect> built = all;
        if (built == null) {
            synchronized (this) {
                if (all == null) {
                    all = build(universe.get());
                }
                built = all;
            }
        }
        return built;
    }

    private static List<Prospect> build(Universe world) {
        long start = System.nanoTime();
        List<Prospect> prospects = new ArrayList<>(world.peopleCount());
        for (int i = 0; i < world.peopleCount(); i++) {
            prospects.add(Prospect.of(world.person(i)));
        }
        Log.infof("Lusha simulator: %d prospects indexed for search in %d ms", prospects.size(),
                (System.nanoTime() - start) / 1_000_000);
        return List.copyOf(prospects);
    }
}
