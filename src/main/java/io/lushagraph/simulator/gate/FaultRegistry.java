package io.lushagraph.simulator.gate;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Singleton;

/**
 * The queue of injected faults. A request takes the oldest fault that matches its endpoint, consuming one of its
 * count; a fault whose count is used up leaves the queue.
 */
@Singleton
public class FaultRegistry {

    private final List<Queued> queue = new CopyOnWriteArrayList<>();

    public void add(Fault fault) {
        queue.add(new Queued(fault));
    }

    public Optional<Fault> take(SimEndpoint endpoint) {
        for (Queued queued : queue) {
            if (queued.fault.matches(endpoint) && queued.consume()) {
                if (queued.exhausted()) {
                    queue.remove(queued);
                }
                return Optional.of(queued.fault);
            }
        }
        return Optional.empty();
    }

    /** The queued faults with what is left of their counts. */
    public List<Fault> list() {
        return queue.stream().filter(q -> !q.exhausted()).map(Queued::current).toList();
    }

    public void clear() {
        queue.clear();
    }

    /** A fault and what is left of its count; unlimited when it has none. */
    private static final class Queued {
        private final Fault fault;
        private int remaining;

        Queued(Fault fault) {
            this.fault = fault;
            this.remaining = fault.count() == null ? -1 : fault.count();
        }

        synchronized boolean consume() {
            if (remaining == 0) {
                return false;
            }
            if (remaining > 0) {
                remaining--;
            }
            return true;
        }

        synchronized boolean exhausted() {
            return remaining == 0;
        }

        synchronized Fault current() {
            return fault.withCount(remaining < 0 ? null : remaining);
        }
    }
}
