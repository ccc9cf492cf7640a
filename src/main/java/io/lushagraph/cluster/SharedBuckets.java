package io.lushagraph.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lushagraph.config.GatewayConfig;

/**
 * Bucket4j buckets that are shared by every replica through Redis when {@code gateway.cluster.redis-url} is set, and
 * kept in this replica's memory otherwise. While Redis is unreachable, the {@code on-redis-down} policy decides:
 * {@code local-share} enforces this replica's share of each limit in memory, {@code reject} refuses.
 */
@ApplicationScoped
public class SharedBuckets {

    private final RedisLink redis;
    private final GatewayConfig.Cluster config;
    private volatile RemoteBuckets remote;

    @Inject
    public SharedBuckets(RedisLink redis, GatewayConfig config) {
        this(redis, config.cluster());
    }

    private SharedBuckets(RedisLink redis, GatewayConfig.Cluster config) {
        this.redis = redis;
        this.config = config;
    }

    /** Buckets in this process's memory only, for one replica's unit tests and tools. */
    public static SharedBuckets inMemory() {
        return new SharedBuckets(null, (GatewayConfig.Cluster) null);
    }

    /** A family of buckets ({@code name} keeps their Redis keys apart), at most {@code maxSize} kept in memory. */
    public Space space(String name, long maxSize, Duration idleExpiry) {
        return new Space(name, maxSize, idleExpiry);
    }

    /** One family of buckets, such as the tenants' inbound limits or the upstream pacing. */
    public final class Space {

        private final String name;
        private final Cache<String, Bucket> local;
        private final Cache<String, Bucket> fallback;
        private final Cache<String, AsyncBucketProxy> proxies;

        private Space(String name, long maxSize, Duration idleExpiry) {
            this.name = name;
            this.local = Caffeine.newBuilder().maximumSize(maxSize).expireAfterAccess(idleExpiry).build();
            this.fallback = Caffeine.newBuilder().maximumSize(maxSize).expireAfterAccess(idleExpiry).build();
            this.proxies = Caffeine.newBuilder().maximumSize(maxSize).expireAfterAccess(idleExpiry).build();
        }

        /** Takes {@code tokens} at once if they are there, saying how long until they would be. */
        public CompletionStage<ConsumptionProbe> tryConsume(String key, BucketLimits limits, long tokens) {
            Optional<AsyncBucketProxy> shared = shared(key, limits);
            if (shared.isEmpty()) {
                return CompletableFuture.completedFuture(degraded()
                        ? onRedisDown(key, limits, bucket -> bucket.tryConsumeAndReturnRemaining(tokens),
                                ConsumptionProbe.rejected(0, config.retryInterval().toNanos(), 0))
                        : localBucket(key, limits).tryConsumeAndReturnRemaining(tokens));
            }
            return shared.get().tryConsumeAndReturnRemaining(tokens)
                    .orTimeout(redis.limiterTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> {
                        redis.failed(name, failure);
                        return onRedisDown(key, limits, bucket -> bucket.tryConsumeAndReturnRemaining(tokens),
                                ConsumptionProbe.rejected(0, config.retryInterval().toNanos(), 0));
                    });
        }

        /**
         * Takes one token, waiting for it on {@code scheduler} up to {@code maxWaitNanos}; false when it would come
         * later than that. A shared bucket reserves the turn in Redis, so every replica waits in one queue. Bucket4j's
         * batching sends this replica's concurrent reservations for one bucket to Redis together, each with its own
         * turn, so that they do not race each other's compare-and-swap.
         */
        public CompletionStage<Boolean> awaitTurn(String key, BucketLimits limits, long maxWaitNanos,
                ScheduledExecutorService scheduler) {
            Optional<AsyncBucketProxy> shared = shared(key, limits);
            if (shared.isEmpty()) {
                if (degraded()) {
                    return onRedisDown(key, limits,
                            bucket -> bucket.asScheduler().tryConsume(1, maxWaitNanos, scheduler),
                            CompletableFuture.completedFuture(false));
                }
                return localBucket(key, limits).asScheduler().tryConsume(1, maxWaitNanos, scheduler);
            }
            long start = System.nanoTime();
            return shared.get().consumeIgnoringRateLimits(1)
                    .orTimeout(redis.pacingTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .handle((penalty, failure) -> {
                        long left = maxWaitNanos - (System.nanoTime() - start);
                        if (failure != null) {
                            redis.failed(name, failure);
                            return onRedisDown(key, limits,
                                    bucket -> bucket.asScheduler().tryConsume(1, Math.max(0, left), scheduler),
                                    CompletableFuture.completedFuture(false));
                        }
                        if (penalty > left) {
                            shared.get().addTokens(1); // too late: give the turn back to those who can wait
                            return CompletableFuture.completedFuture(false);
                        }
                        return after(penalty, scheduler);
                    }).thenCompose(Function.identity());
        }

        /** Forgets this replica's state of a bucket (after its limits changed); a shared bucket is reset too. */
        public void forget(String key) {
            local.invalidate(key);
            fallback.invalidate(key);
            proxies.invalidate(key);
            RemoteBuckets current = remote;
            if (current != null && clustered() && redis.available()) {
                current.manager.removeProxy(redis.key(name, key));
            }
        }

        /** Forgets this replica's state of every bucket. */
        public void forgetAll() {
            local.invalidateAll();
            fallback.invalidateAll();
            proxies.invalidateAll();
        }

        /** Buckets this replica keeps in memory now. */
        public long tracked() {
            local.cleanUp();
            fallback.cleanUp();
            return local.estimatedSize() + fallback.estimatedSize();
        }

        /** The bucket in Redis, its proxy kept for the next call. */
        private Optional<AsyncBucketProxy> shared(String key, BucketLimits limits) {
            if (!clustered()) {
                return Optional.empty();
            }
            Optional<AsyncProxyManager<String>> manager = manager();
            if (manager.isEmpty()) {
                return Optional.empty();
            }
            // Concurrent calls to one bucket go to Redis together, as one command, each still with its own answer.
            return Optional.of(proxies.get(key, k -> manager.get().builder().withOptimization(Optimizations.batching())
                    .build(redis.key(name, key), () -> CompletableFuture.completedFuture(limits.share(1)))));
        }

        private boolean degraded() {
            return clustered();
        }

        private <T> T onRedisDown(String key, BucketLimits limits, Function<Bucket, T> use, T refusal) {
            redis.countFallback(name);
            if (config.onRedisDown() == GatewayConfig.Cluster.RedisDownPolicy.REJECT) {
                return refusal;
            }
            return use.apply(fallback.get(key, k -> bucket(limits.share(Math.max(1, config.replicas())))));
        }

        private Bucket localBucket(String key, BucketLimits limits) {
            return local.get(key, k -> bucket(limits.share(1)));
        }
    }

    private static CompletableFuture<Boolean> after(long nanos, ScheduledExecutorService scheduler) {
        if (nanos <= 0) {
            return CompletableFuture.completedFuture(true);
        }
        CompletableFuture<Boolean> turn = new CompletableFuture<>();
        scheduler.schedule(() -> turn.complete(true), nanos, TimeUnit.NANOSECONDS);
        return turn;
    }

    private boolean clustered() {
        return redis != null && redis.enabled();
    }

    private static Bucket bucket(BucketConfiguration configuration) {
        var builder = Bucket.builder();
        for (var bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    private Optional<AsyncProxyManager<String>> manager() {
        RemoteBuckets current = remote;
        if (current != null && redis.available()) {
            return Optional.of(current.manager);
        }
        Optional<StatefulRedisConnection<String, byte[]>> connection = redis.connection();
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            if (remote == null || remote.connection != connection.get()) {
                remote = new RemoteBuckets(connection.get(), Bucket4jLettuce.casBasedBuilder(connection.get())
                        .expirationAfterWrite(
                                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                        .requestTimeout(redis.commandTimeout()).build().asAsync());
            }
            return Optional.of(remote.manager);
        }
    }

    private record RemoteBuckets(StatefulRedisConnection<String, byte[]> connection,
            AsyncProxyManager<String> manager) {
    }
}
