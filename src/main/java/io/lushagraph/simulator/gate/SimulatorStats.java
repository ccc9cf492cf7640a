package io.lushagraph.simulator.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import jakarta.inject.Singleton;

/**
 * What the simulator has been asked since the last reset: requests per endpoint (rejected ones too), the size of
 * every accepted bulk request in arrival order, 429s from limits and quotas, and credits charged.
 */
@Singleton
public class SimulatorStats {

    private final Map<SimEndpoint, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<SimEndpoint, List<Integer>> batchSizes = new ConcurrentHashMap<>();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong creditsCharged = new AtomicLong();

    /** The JSON of {@code GET /lusha-sim/_admin/stats}. */
    public record Snapshot(Map<String, Long> requests, Map<String, List<Integer>> batchSizes, long rateLimited,
            long creditsCharged) {
    }

    public void countRequest(SimEndpoint endpoint) {
        requests.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
    }

    public void recordBatch(SimEndpoint endpoint, int size) {
        List<Integer> sizes = batchSizes.computeIfAbsent(endpoint, e -> new ArrayList<>());
        synchronized (sizes) {
            sizes.add(size);
        }
    }

    public void countRateLimited() {
        rateLimited.incrementAndGet();
    }

    public void addCredits(long credits) {
        creditsCharged.addAndGet(credits);
    }

    public Snapshot snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        requests.forEach((endpoint, count) -> counts.put(endpoint.key(), count.sum()));
        Map<String, List<Integer>> sizes = new TreeMap<>();
        batchSizes.forEach((endpoint, list) -> {
            synchronized (list) {
                sizes.put(endpoint.key(), List.copyOf(list));
            }
        });
        return new Snapshot(counts, sizes, rateLimited.get(), creditsCharged.get());
    }

    public void reset() {
        requests.clear();
        batchSizes.clear();
        rateLimited.set(0);
        creditsCharged.set(0);
    }
}
