package io.lushagraph.batch;

import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.lushagraph.config.GatewayConfig;

/**
 * One {@link CoalescingBatcher} per lane: a kind of lookup, an upstream account and a set of options. Lanes nobody
 * used for a while are closed, so their window timers stop.
 */
@ApplicationScoped
public class Batchers {

    private final GatewayConfig config;
    private final Cache<Lane, CoalescingBatcher<?, ?>> lanes;

    public Batchers(GatewayConfig config) {
        this.config = config;
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
     * @param kind the kind of lookup, e.g. {@code person}
     * @param accountId the upstream account the lane calls
     * @param options the options every lookup of the lane shares (a value with equals and hashCode)
     * @param loader makes the bulk call for a batch of keys
     */
    @SuppressWarnings("unchecked")
    public <K, V> CoalescingBatcher<K, V> lane(String kind, String accountId, Object options,
            Supplier<BatchLoadFunction<K, V>> loader) {
        return (CoalescingBatcher<K, V>) lanes.get(new Lane(kind, accountId, options),
                lane -> new CoalescingBatcher<>(loader.get(), config.batch().maxSize(), config.batch().window()));
    }

    @PreDestroy
    void closeAll() {
        lanes.invalidateAll();
        lanes.cleanUp();
    }

    private record Lane(String kind, String accountId, Object options) {
    }
}
