package io.lushagraph.simulator.gate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import jakarta.inject.Singleton;

/**
 * What the simulator has been asked since the last reset: requests per endpoint (rejected ones too), the most requests
 * to each endpoint within any sliding second, the size of every accepted bulk request in arrival order, 429s from
 * limits and quotas, and credits charged.
 */
@Singleton
public class SimulatorStats {

    private final Map<SimEndpoint, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<SimEndpoint, List<Integer>> batchSizes = new ConcurrentHashMap<>();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong creditsCharged = new AtomicLong();
    private final Map<SimEndpoint, SlidingSecond> seconds = new ConcurrentHashMap<>();

    /** The JSON of {@code GET /lusha-sim/_admin/stats}. */
    public record Snapshot(Map<String, Long> requests, Map<String, Integer> busiestSecond,
            Map<String, List<Integer>> batchSizes, long rateLimited, long creditsCharged) {
    }

    public void countRequest(SimEndpoint endpoint) {
        requests.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
        seconds.computeIfAbsent(endpoint, e -> new SlidingSecond()).record(System.nanoTime());
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
        Map<String, Integer> busiest = new TreeMap<>();
        seconds.forEach((endpoint, window) -> busiest.put(endpoint.key(), window.busiest()));
        return new Snapshot(counts, busiest, sizes, rateLimited.get(), creditsCharged.get());
    }

    public void reset() {
        requests.clear();
        seconds.clear();
        batchSizes.clear();
        rateLimited.set(0);
        creditsCharged.set(0);
    }

    /** The arrivals of the last second at one endpoint, and the most there ever were in any one second. */
    private static final class SlidingSecond {

        private static final long SECOND = 1_000_000_000L;
        private final ArrayDeque<Long> arrivals = new ArrayDeque<>();
        private int busiest;

        synchronized void record(long now) {
            arrivals.addLast(now);
            while (now - arrivals.peekFirst() >= SECOND) {
                arrivals.removeFirst();
            }
            busiest = Math.max(busiest, arrivals.size());
        }

        synchronized int busiest() {
            return busiest;
        }
    }
}
