package io.lushagraph.reveal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.lushagraph.batch.BatchLoadFunction;
import io.lushagraph.batch.KeyResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Found enrichment answers of one kind, keyed by Lusha account, lookup options and lookup key, so that no answer is
 * ever served to a tenant spending another Lusha account. Gets are counted as {@code cache.gets} by {@code cache} and
 * {@code result}; keys never reach a label.
 */
public final class EnrichmentCache<K, V> {

    private final Cache<Entry, V> cache;

    EnrichmentCache(String name, Duration ttl, long maxEntries, MeterRegistry meters) {
        this.cache = CaffeineCacheMetrics.monitor(meters,
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).recordStats().build(), name);
    }

    /** The cached answer, or null. */
    V get(String accountId, Object options, K key) {
        return cache.getIfPresent(new Entry(accountId, options, key));
    }

    /** Whether an answer is cached, without counting a get: for the query cost, before anything runs. */
    public boolean contains(String accountId, Object options, K key) {
        return cache.asMap().containsKey(new Entry(accountId, options, key));
    }

    /**
     * Wraps a lane's loader so that what it finds is cached before the batcher hands it out: a lookup arriving
     * after a call completes finds the answer here instead of calling again.
     */
    public BatchLoadFunction<K, V> storing(String accountId, Object options, BatchLoadFunction<K, V> loader) {
        return keys -> loader.load(keys).invoke(results -> store(accountId, options, results));
    }

    private void store(String accountId, Object options, Map<K, KeyResult<V>> results) {
        Map<Entry, V> found = new HashMap<>();
        results.forEach((key, result) -> {
            if (result.value() != null && result.error() == null) {
                found.put(new Entry(accountId, options, key), result.value());
            }
        });
        cache.putAll(found);
    }

    /** Drops every answer. */
    public void clear() {
        cache.invalidateAll();
    }

    /** Whether any cached answer satisfies the test; for checks that a purge took effect. */
    public boolean anyMatch(Predicate<V> test) {
        return cache.asMap().values().stream().anyMatch(test);
    }

    private record Entry(String accountId, Object options, Object key) {
    }
}
