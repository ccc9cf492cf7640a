package io.lushagraph.batch;

import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.lushagraph.config.GatewayConfig;
import io.lushagraph.upstream.LushaEndpoint;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One {@link CoalescingBatcher} per lane: an upstream endpoint, an upstream account and a set of options. Lanes
 * nobody used for a while are closed, so their window timers stop. How many keys each coalescing window flushed is
 * recorded in {@code lusha_graph_coalescing_window_fill{endpoint}}.
 */
@ApplicationScoped
public class Batchers {

    private final GatewayConfig config;
    private final MeterRegistry meters;
    private final Cache<Lane, CoalescingBatcher<?, ?>> lanes;

    public Batchers(GatewayConfig config, MeterRegistry meters) {
        this.config = config;
        this.meters = meters;
        this.lanes = Caffeine.newBuilder()
                .expireAfterAccess(java.time.Duration.ofMinutes(10))
                .maximumSize(10_000)
                .<Lane, CoalescingBatcher<?, ?>> removalListener((lane, batcher, cause) -> {
                    if (batcher != null) {
                        batcher.close();
                    }
                })
                .build();
    }

    /**
     * The batcher of a lane, created on first use with the configured window and maximum batch size.
     *
     * @param endpoint the bulk endpoint the lane's loader calls, e.g. {@link LushaEndpoint#PERSON_BULK}
     * @param accountId the upstream account the lane calls
     * @param options the options every lookup of the lane shares (a value with equals and hashCode)
     * @param loader makes the bulk call for a batch of keys
     */
    @SuppressWarnings("unchecked")
    public <K, V> CoalescingBatcher<K, V> lane(LushaEndpoint endpoint, String accountId, Object options,
            Supplier<BatchLoadFunction<K, V>> loader) {
        return (CoalescingBatcher<K, V>) lanes.get(new Lane(endpoint, accountId, options),
                lane -> new CoalescingBatcher<>(loader.get(), config.batch().maxSize(), config.batch().window(),
                        windowFill(endpoint)::record));
    }

    private DistributionSummary windowFill(LushaEndpoint endpoint) {
        return DistributionSummary.builder("lusha_graph_coalescing_window_fill")
                .description("Lookups one coalescing window flushed into a bulk call")
                .tag("endpoint", endpoint.key())
                .serviceLevelObjectives(1, 2, 5, 10, 25, 50, 100)
                .register(meters);
    }

    @PreDestroy
    void closeAll() {
        lanes.invalidateAll();
        lanes.cleanUp();
    }

    private record Lane(LushaEndpoint endpoint, String accountId, Object options) {
    }
}
