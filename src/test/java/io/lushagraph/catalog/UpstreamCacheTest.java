package io.lushagraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** Caffeine's semantics as the catalogs rely on them, with a hand-moved clock and upstream calls the test answers. */
class UpstreamCacheTest {

    private static final Duration REFRESH_AFTER = Duration.ofHours(23);
    private static final Duration TTL = Duration.ofHours(24);

    private final AtomicLong now = new AtomicLong();
    private final List<CompletableFuture<List<?>>> calls = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UpstreamCache<String> cache = UpstreamCache.refreshing("test-catalog", REFRESH_AFTER, TTL, now::get,
            meters, key -> {
                CompletableFuture<List<?>> call = new CompletableFuture<>();
                calls.add(call);
                return Uni.createFrom().completionStage(call);
            });

    @Test
    void identicalConcurrentLoadsShareOneCallThatCountsForEachWaiter() throws Exception {
        CostLedger first = new CostLedger();
        CostLedger second = new CostLedger();

        CompletableFuture<List<?>> a = read(first);
        CompletableFuture<List<?>> b = read(second);
        calls.get(0).complete(List.of("v1"));

        assertThat(calls).hasSize(1);
        assertThat(a.get()).isEqualTo(List.of("v1"));
        assertThat(b.get()).isEqualTo(List.of("v1"));
        assertThat(first.upstreamCalls()).isEqualTo(1);
        assertThat(second.upstreamCalls()).isEqualTo(1);
    }

    @Test
    void aCachedAnswerCostsNothingAndCountsAsAHit() throws Exception {
        loaded("v1");
        CostLedger cost = new CostLedger();

        assertThat(read(cost).get()).isEqualTo(List.of("v1"));

        assertThat(cost.upstreamCalls()).isZero();
        assertThat(calls).hasSize(1);
        assertThat(counter("cache.gets", "hit")).isEqualTo(1);
        assertThat(counter("cache.gets", "miss")).isEqualTo(1);
    }

    @Test
    void aStaleEntryIsServedWhileExactlyOneRefreshRunsThenReplacedByItsAnswer() throws Exception {
        loaded("v1");
        now.addAndGet(REFRESH_AFTER.plusMinutes(1).toNanos());
        CostLedger first = new CostLedger();
        CostLedger second = new CostLedger();

        CompletableFuture<List<?>> a = read(first);
        CompletableFuture<List<?>> b = read(second);

        assertThat(a).isCompletedWithValue(List.of("v1"));
        assertThat(b).isCompletedWithValue(List.of("v1"));
        assertThat(calls).as("one refresh for both reads").hasSize(2);
        assertThat(first.upstreamCalls() + second.upstreamCalls()).isZero();

        calls.get(1).complete(List.of("v2"));
        now.addAndGet(Duration.ofHours(2).toNanos());

        assertThat(read(new CostLedger())).as("renewed, so alive past the first load's lifetime")
                .isCompletedWithValue(List.of("v2"));
        assertThat(calls).hasSize(2);
        assertThat(counter("cache.load", "success")).isEqualTo(2);
    }

    @Test
    void aFailedRefreshKeepsTheOldValueAndTheNextStaleReadTriesAgain() throws Exception {
        loaded("v1");
        now.addAndGet(REFRESH_AFTER.plusMinutes(1).toNanos());

        assertThat(read(new CostLedger())).isCompletedWithValue(List.of("v1"));
        calls.get(1).completeExceptionally(GatewayException.of(ErrorCode.UPSTREAM_UNAVAILABLE, "down"));

        assertThat(read(new CostLedger())).isCompletedWithValue(List.of("v1"));
        assertThat(calls).as("the failed refresh, then a new one").hasSize(3);
        assertThat(counter("cache.load", "failure")).isEqualTo(1);
    }

    @Test
    void anExpiredEntryIsLoadedAgainWhileTheReaderWaits() throws Exception {
        loaded("v1");
        now.addAndGet(TTL.plusMinutes(1).toNanos());
        CostLedger cost = new CostLedger();

        CompletableFuture<List<?>> answer = read(cost);

        assertThat(answer).isNotDone();
        calls.get(1).complete(List.of("v2"));
        assertThat(answer.get()).isEqualTo(List.of("v2"));
        assertThat(cost.upstreamCalls()).isEqualTo(1);
    }

    @Test
    void refreshReloadsAtOnceAndCountsForTheCaller() throws Exception {
        loaded("v1");
        CostLedger cost = new CostLedger();

        CompletableFuture<Void> refreshed = cache.refresh("key", cost).subscribeAsCompletionStage();
        calls.get(1).complete(List.of("v2"));
        refreshed.get();

        assertThat(cost.upstreamCalls()).isEqualTo(1);
        assertThat(read(new CostLedger())).isCompletedWithValue(List.of("v2"));
        assertThat(cache.keys()).containsExactly("key");
    }

    @Test
    void aFailedRefreshFailsTheCallerAndKeepsTheEntry() {
        loaded("v1");
        CostLedger cost = new CostLedger();

        CompletableFuture<Void> refreshed = cache.refresh("key", cost).subscribeAsCompletionStage();
        calls.get(1).completeExceptionally(GatewayException.of(ErrorCode.UPSTREAM_UNAVAILABLE, "down"));

        assertThat(refreshed).isCompletedExceptionally();
        assertThat(cost.upstreamCalls()).isEqualTo(1);
        assertThat(read(new CostLedger())).isCompletedWithValue(List.of("v1"));
    }

    @Test
    void expiredEntriesAreNotListedAsCached() {
        loaded("v1");
        now.addAndGet(TTL.plusMinutes(1).toNanos());

        assertThat(cache.keys()).isEmpty();
    }

    @Test
    void anEntrysLifetimeStartsBeforeItsFirstReaderSeesIt() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            CompletableFuture<List<?>> seen = new CompletableFuture<>();
            vertx.runOnContext(ignored -> cache.get("key", new CostLedger()).subscribe().with(items -> {
                now.addAndGet(TTL.minusMinutes(1).toNanos());
                seen.complete(items);
            }));
            await().until(() -> calls.size() == 1);
            vertx.runOnContext(ignored -> calls.get(0).complete(List.of("v1")));

            assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo(List.of("v1"));
            now.addAndGet(Duration.ofMinutes(2).toNanos());
            assertThat(read(new CostLedger())).as("expired a day after the load").isNotDone();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void anExpiringCacheForgetsAnAnswerAfterItsTtlAndNeverRefreshes() {
        UpstreamCache<String> searches = UpstreamCache.expiring("test-search", Duration.ofMinutes(10), 100,
                now::get, meters, key -> Uni.createFrom().<List<?>> item(List.of(key + calls.size())).invoke(
                        () -> calls.add(CompletableFuture.completedFuture(List.of()))));

        assertThat(searches.get("java", new CostLedger()).await().indefinitely()).isEqualTo(List.of("java0"));
        now.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(searches.get("java", new CostLedger()).await().indefinitely()).isEqualTo(List.of("java0"));
        now.addAndGet(Duration.ofMinutes(2).toNanos());
        CostLedger cost = new CostLedger();

        assertThat(searches.get("java", cost).await().indefinitely()).isEqualTo(List.of("java1"));
        assertThat(cost.upstreamCalls()).isEqualTo(1);
    }

    private void loaded(String value) {
        CompletableFuture<List<?>> first = read(new CostLedger());
        calls.get(calls.size() - 1).complete(List.of(value));
        assertThat(first).isCompletedWithValue(List.of(value));
    }

    private CompletableFuture<List<?>> read(CostLedger cost) {
        CompletionStage<List<?>> answer = cache.get("key", cost).subscribeAsCompletionStage();
        return answer.toCompletableFuture();
    }

    private double counter(String name, String result) {
        return meters.get(name).tag("cache", "test-catalog").tag("result", result).functionCounter().count();
    }
}
