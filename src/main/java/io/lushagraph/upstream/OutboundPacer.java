package io.lushagraph.upstream;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.lushagraph.config.GatewayConfig;
import io.smallrye.mutiny.Uni;

/**
 * Paces calls per Lusha account so that they wait for their turn instead of provoking a 429: each endpoint gets
 * {@code per-second} calls in any second (a burst of {@code burst}, the rest spread evenly), {@code GET /account/usage}
 * also {@code usage-per-minute}, and the webhook management endpoints share {@code webhook-management-per-minute}.
 * A call whose turn is further away than {@code max-wait} fails at once with {@code UPSTREAM_RATE_LIMITED}.
 */
@ApplicationScoped
public class OutboundPacer {

    private final GatewayConfig.Pacing config;
    private final Cache<PacingKey, Bucket> buckets;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lusha-pacer");
        thread.setDaemon(true);
        return thread;
    });

    /** One bucket: an account and an endpoint, or an account and a family that shares one limit. */
    private record PacingKey(String account, String scope) {
    }

    public OutboundPacer(GatewayConfig config) {
        this.config = config.upstream().pacing();
        this.buckets = Caffeine.newBuilder().maximumSize(this.config.maxBuckets())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** Completes when the call may go, or fails with {@code UPSTREAM_RATE_LIMITED} when it would wait too long. */
    public Uni<Void> acquire(LushaAccount account, LushaEndpoint endpoint) {
        if (config.perSecond() <= 0) {
            return Uni.createFrom().voidItem();
        }
        long deadline = System.nanoTime() + config.maxWait().toNanos();
        Uni<Void> turn = take(endpointBucket(account, endpoint), deadline);
        if (endpoint.family() == LushaEndpoint.Family.WEBHOOK_MANAGEMENT) {
            Bucket shared = bucket(account, endpoint.family().name(),
                    () -> perMinute(Bucket.builder(), config.webhookManagementPerMinute()));
            turn = take(shared, deadline).chain(() -> take(endpointBucket(account, endpoint), deadline));
        }
        return turn;
    }

    /** Forgets every bucket, so that every account starts with full buckets. */
    public void reset() {
        buckets.invalidateAll();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    private Uni<Void> take(Bucket bucket, long deadline) {
        long maxWait = Math.max(0, deadline - System.nanoTime());
        CompletableFuture<Boolean> granted = bucket.asScheduler().tryConsume(1, maxWait, scheduler);
        Uni<Boolean> answer = granted.isDone() ? Uni.createFrom().item(granted.join()) : Delays.onCaller(granted);
        return answer.chain(ok -> ok ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(GatewayException.of(ErrorCode.UPSTREAM_RATE_LIMITED,
                        "Lusha's rate limit leaves no turn within " + config.maxWait().toSeconds() + " s")));
    }

    private Bucket endpointBucket(LushaAccount account, LushaEndpoint endpoint) {
        return bucket(account, endpoint.name(), () -> {
            int burst = Math.max(1, Math.min(config.burst(), config.perSecond()));
            // A greedy bucket lets its capacity plus one second of refill through in a second: refill what the burst
            // leaves of the limit, so that no one-second window sees more than per-second calls.
            int refill = Math.max(1, config.perSecond() - burst);
            LocalBucketBuilder builder = Bucket.builder()
                    .addLimit(limit -> limit.capacity(burst).refillGreedy(refill, Duration.ofSeconds(1)));
            return endpoint == LushaEndpoint.ACCOUNT_USAGE ? perMinute(builder, config.usagePerMinute()) : builder;
        });
    }

    private static LocalBucketBuilder perMinute(LocalBucketBuilder builder, int limit) {
        int calls = Math.max(1, limit);
        return builder.addLimit(l -> l.capacity(calls).refillIntervally(calls, Duration.ofMinutes(1)));
    }

    private Bucket bucket(LushaAccount account, String scope, Supplier<LocalBucketBuilder> limits) {
        return buckets.get(new PacingKey(account.id(), scope), key -> limits.get().build());
    }
}
