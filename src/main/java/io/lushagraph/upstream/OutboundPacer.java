package io.lushagraph.upstream;

import java.time.Duration;
import java.util.OptionalLong;
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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Paces calls per Lusha account so that they wait for their turn instead of provoking a 429: each endpoint gets
 * {@code per-second} calls in any second (a burst of {@code burst}, the rest spread evenly), {@code GET /account/usage}
 * also {@code usage-per-minute}, and the webhook management endpoints share {@code webhook-management-per-minute}.
 * A call whose turn is further away than {@code max-wait} fails at once with {@code UPSTREAM_RATE_LIMITED}.
 * <p>
 * A turn is a moment, not a permit: the bucket grants turns on time, but the call goes out only when its own thread
 * gets to it. A call that arrives more than {@code max-lateness} after its turn (the event loop was busy, say, parsing
 * a flood of requests) would go out together with the calls of later turns, and Lusha, which counts arrivals, would
 * see them bunched. Such a call takes one new turn instead, so that every call goes out close to a turn of its own.
 * A call late for its second turn too, or for which no second turn comes within its wait, goes anyway;
 * {@code lusha_upstream_pacing_missed_turns_total} counts both cases.
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

    private final MeterRegistry meters;

    public OutboundPacer(GatewayConfig config, SharedBuckets shared, MeterRegistry meters) {
        this.config = config.upstream().pacing();
        this.meters = meters;
        this.buckets = shared.space("pacing", this.config.maxBuckets(), Duration.ofMinutes(10));
    }

    /** Completes when the call may go, or fails with {@code UPSTREAM_RATE_LIMITED} when it would wait too long. */
    public Uni<Void> acquire(LushaAccount account, LushaEndpoint endpoint) {
        if (config.perSecond() <= 0) {
            return Uni.createFrom().voidItem();
        }
        long deadline = System.nanoTime() + config.maxWait().toNanos();
        Uni<Void> turn = take(account.id() + ":" + endpoint.name(), endpointLimits(endpoint), deadline, endpoint,
                false);
        if (endpoint.family() == LushaEndpoint.Family.WEBHOOK_MANAGEMENT) {
            BucketLimits shared = parts -> perMinute(BucketConfiguration.builder(),
                    BucketLimits.part(config.webhookManagementPerMinute(), parts)).build();
            Uni<Void> endpointTurn = turn;
            turn = take(account.id() + ":" + endpoint.family().name(), shared, deadline, endpoint, false)
                    .chain(() -> endpointTurn);
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

    private Uni<Void> take(String key, BucketLimits limits, long deadline, LushaEndpoint endpoint, boolean retaken) {
        return Uni.createFrom().deferred(() -> {
            long maxWait = Math.max(0, deadline - System.nanoTime());
            // Stamped on the thread that grants the turn, at the moment the turn comes.
            CompletableFuture<OptionalLong> granted = buckets.awaitTurn(key, limits, maxWait, scheduler)
                    .toCompletableFuture()
                    .thenApply(ok -> ok ? OptionalLong.of(System.nanoTime()) : OptionalLong.empty());
            Uni<OptionalLong> answer = granted.isDone() ? Uni.createFrom().item(granted.join())
                    : Delays.onCaller(granted);
            return answer.chain(turn -> {
                if (turn.isEmpty() && retaken) {
                    // it had a turn already: rather late than refused
                    missedTurn(endpoint, "sent-late");
                    return Uni.createFrom().voidItem();
                }
                if (turn.isEmpty()) {
                    return Uni.createFrom().failure(GatewayException.of(ErrorCode.UPSTREAM_RATE_LIMITED,
                            "Lusha's rate limit leaves no turn within " + config.maxWait().toSeconds() + " s"));
                }
                if (!late(turn.getAsLong())) {
                    return Uni.createFrom().voidItem();
                }
                missedTurn(endpoint, retaken ? "sent-late" : "new-turn");
                return retaken ? Uni.createFrom().voidItem() : take(key, limits, deadline, endpoint, true);
            });
        });
    }

    private boolean late(long turnNanos) {
        long tolerance = config.maxLateness().toNanos();
        return tolerance > 0 && System.nanoTime() - turnNanos > tolerance;
    }

    private void missedTurn(LushaEndpoint endpoint, String action) {
        Counter.builder("lusha.upstream.pacing.missed.turns")
                .description("Calls that reached their thread later than max-lateness after their pacing turn")
                .tag("endpoint", endpoint.key())
                .tag("action", action)
                .register(meters)
                .increment();
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
