package io.lushagraph.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.lushagraph.upstream.CostLedger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A Caffeine cache of Lusha answers, with hit and miss metrics under its name. Identical concurrent loads share one
 * call; each call counts in the cost of every request that waited for it, and a cached answer costs nothing.
 */
final class UpstreamCache<K> {

    private final AsyncLoadingCache<K, Fetched> cache;
    private final Function<K, Uni<List<?>>> fetcher;

    private UpstreamCache(String name, Caffeine<Object, Object> builder, MeterRegistry meters,
            Function<K, Uni<List<?>>> fetcher) {
        this.fetcher = fetcher;
        AsyncLoadingCache<K, Fetched> built = builder.recordStats().buildAsync((key, executor) -> fetch(key, null));
        this.cache = CaffeineCacheMetrics.monitor(meters, built, name);
    }

    /**
     * Entries live for {@code ttl}; a read of an entry older than {@code refreshAfter} starts one background reload
     * and is answered with the entry, which a failed reload leaves in place.
     */
    static <K> UpstreamCache<K> refreshing(String name, Duration refreshAfter, Duration ttl, Ticker ticker,
            MeterRegistry meters, Function<K, Uni<List<?>>> fetcher) {
        return new UpstreamCache<>(name,
                Caffeine.newBuilder().ticker(ticker).refreshAfterWrite(refreshAfter).expireAfterWrite(ttl), meters,
                fetcher);
    }

    /** Entries live for {@code ttl}, at most {@code maxEntries} of them. */
    static <K> UpstreamCache<K> expiring(String name, Duration ttl, long maxEntries, Ticker ticker,
            MeterRegistry meters, Function<K, Uni<List<?>>> fetcher) {
        return new UpstreamCache<>(name,
                Caffeine.newBuilder().ticker(ticker).expireAfterWrite(ttl).maximumSize(maxEntries), meters, fetcher);
    }

    /** The cached answer, loading it first when there is none. */
    Uni<List<?>> get(K key, CostLedger cost) {
        CompletableFuture<Fetched> answer = cache.get(key, (k, executor) -> fetch(k, cost));
        if (answer.isDone()) {
            return Uni.createFrom().completionStage(answer.copy()).map(Fetched::items);
        }
        // Caffeine stamps a loaded entry's write time in its own completion callback; answering after the current
        // task lets that happen first, so an entry's lifetime starts before anyone sees its value.
        return Uni.createFrom().completionStage(answer.copy())
                .emitOn(UpstreamCache::afterCurrentTask)
                .invoke(fetched -> cost.recordCall(fetched.callId()))
                .map(Fetched::items);
    }

    /** Reloads a key now; the cached answer stays when the reload fails. */
    Uni<Void> refresh(K key, CostLedger cost) {
        return Uni.createFrom().completionStage(() -> cache.synchronous().refresh(key).copy())
                .invoke(fetched -> cost.recordCall(fetched.callId()))
                .onFailure().invoke(cost::recordOwnCall)
                .replaceWithVoid();
    }

    /** The keys cached now, loading ones included. */
    Set<K> keys() {
        return Set.copyOf(cache.asMap().keySet());
    }

    private static void afterCurrentTask(Runnable task) {
        Context context = Vertx.currentContext();
        if (context == null) {
            task.run();
        } else {
            context.runOnContext(ignored -> task.run());
        }
    }

    private CompletableFuture<Fetched> fetch(K key, CostLedger cost) {
        long callId = CostLedger.nextCallId();
        if (cost != null) {
            cost.recordCall(callId);
        }
        return fetcher.apply(key).map(items -> new Fetched(callId, items)).subscribeAsCompletionStage();
    }

    /** An answer and the id of the upstream call that fetched it. */
    private record Fetched(long callId, List<?> items) {
    }
}
