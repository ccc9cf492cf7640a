package io.lushagraph.upstream;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.lushagraph.cluster.BucketLimits;
import io.lushagraph.cluster.SharedBuckets;
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
    private final SharedBuckets.Space buckets;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lusha-pacer");
        thread.setDaemon(true);
        return thread;
    });

    public OutboundPacer(GatewayConfig config, SharedBuckets shared) {
        this.config = config.upstream().pacing();
        this.buckets = shared.space("pacing", this.config.maxBuckets(), Duration.ofMinutes(10));
    }

    /** Completes when the call may go, or fails with {@code UPSTREAM_RATE_LIMITED} when it would wait too long. */
    public Uni<Void> acquire(LushaAccount account, LushaEndpoint endpoint) {
        if (config.perSecond() <= 0) {
            return Uni.createFrom().voidItem();
        }
        long deadline = System.nanoTime() + config.maxWait().toNanos();
        Uni<Void> turn = take(account.id() + ":" + endpoint.name(), endpointLimits(endpoint), deadline);
        if (endpoint.family() == LushaEndpoint.Family.WEBHOOK_MANAGEMENT) {
            BucketLimits shared = parts -> perMinute(BucketConfiguration.builder(),
                    BucketLimits.part(config.webhookManagementPerMinute(), parts)).build();
            Uni<Void> endpointTurn = turn;
            turn = take(account.id() + ":" + endpoint.family().name(), shared, deadline).chain(() -> endpointTurn);
        }
        return turn;
    }

    /** Forgets this replica's buckets, so that every account starts with full buckets. */
    public void reset() {
        buckets.forgetAll();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    private Uni<Void> take(String key, BucketLimits limits, long deadline) {
        return Uni.createFrom().deferred(() -> {
            long maxWait = Math.max(0, deadline - System.nanoTime());
            CompletableFuture<Boolean> granted = buckets.awaitTurn(key, limits, maxWait, scheduler)
                    .toCompletableFuture();
            Uni<Boolean> answer = granted.isDone() ? Uni.createFrom().item(granted.join()) : Delays.onCaller(granted);
            return answer.chain(ok -> ok ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(GatewayException.of(ErrorCode.UPSTREAM_RATE_LIMITED,
                            "Lusha's rate limit leaves no turn within " + config.maxWait().toSeconds() + " s")));
        });
    }

    private BucketLimits endpointLimits(LushaEndpoint endpoint) {
        return parts -> {
            int perSecond = (int) BucketLimits.part(config.perSecond(), parts);
            int burst = Math.max(1, Math.min(config.burst(), perSecond));
            // A greedy bucket lets its capacity plus one second of refill through in a second: refill what the burst
            // leaves of the limit, so that no one-second window sees more than per-second calls.
            int refill = Math.max(1, perSecond - burst);
            ConfigurationBuilder builder = BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(burst).refillGreedy(refill, Duration.ofSeconds(1)));
            return (endpoint == LushaEndpoint.ACCOUNT_USAGE
                    ? perMinute(builder, BucketLimits.part(config.usagePerMinute(), parts))
                    : builder).build();
        };
    }

    private static ConfigurationBuilder perMinute(ConfigurationBuilder builder, long limit) {
        long calls = Math.max(1, limit);
        return builder.addLimit(l -> l.capacity(calls).refillIntervally(calls, Duration.ofMinutes(1)));
    }
}
