package io.lushagraph.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lushagraph.config.GatewayConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The connection to the Redis that replicas share, when {@code gateway.cluster.redis-url} is set. Connecting never
 * holds up start-up or a request: a background task connects, and reconnects are Lettuce's. While the connection is
 * down, or for {@code retry-interval} after a command failed, {@link #connection()} is empty and callers apply the
 * Redis-down policy; commands issued while disconnected are rejected at once instead of queued.
 */
@ApplicationScoped
public class RedisLink {

    private final GatewayConfig.Cluster config;
    private final MeterRegistry meters;
    private final Map<String, Consumer<String>> listeners = new ConcurrentHashMap<>();
    private final AtomicBoolean degraded = new AtomicBoolean();
    private ScheduledExecutorService connector;
    private volatile RedisClient client;
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile StatefulRedisPubSubConnection<String, String> subscriber;
    private volatile long avoidUntil;

    public RedisLink(GatewayConfig config, MeterRegistry meters) {
        this.config = config.cluster();
        this.meters = meters;
    }

    void start(@Observes StartupEvent start) {
        Optional<String> url = config.redisUrl().filter(value -> !value.isBlank());
        if (url.isEmpty()) {
            return;
        }
        RedisURI uri = RedisURI.create(url.get());
        uri.setTimeout(commandTimeout());
        client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout())).build());
        Gauge.builder("lusha_graph_cluster_redis_connected", this, link -> link.available() ? 1 : 0)
                .description("1 while this replica shares its limits through Redis, 0 while the Redis-down policy applies")
                .register(meters);
        connector = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lusha-redis-connect");
            thread.setDaemon(true);
            return thread;
        });
        connector.scheduleWithFixedDelay(this::connect, 0, Math.max(100, config.retryInterval().toMillis()),
                TimeUnit.MILLISECONDS);
    }

    /** Whether Redis is configured at all: without it every replica keeps its own state. */
    public boolean enabled() {
        return client != null;
    }

    /** The shared connection, when Redis is configured, connected and has not just failed. */
    public Optional<StatefulRedisConnection<String, byte[]>> connection() {
        StatefulRedisConnection<String, byte[]> current = connection;
        if (current == null || !current.isOpen() || System.nanoTime() < avoidUntil) {
            return Optional.empty();
        }
        return Optional.of(current);
    }

    /** Whether commands go to Redis now. */
    public boolean available() {
        return enabled() && connection().isPresent();
    }

    /**
     * Records that a command failed. A command that was only slower than its caller could wait is answered by the
     * Redis-down policy alone; any other failure leaves Redis alone for {@code retry-interval}.
     */
    public void failed(String use, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException || cause instanceof RedisCommandTimeoutException) {
            meters.counter("lusha_graph_cluster_redis_failures", "use", use, "kind", "slow").increment();
            return;
        }
        avoidUntil = System.nanoTime() + config.retryInterval().toNanos();
        meters.counter("lusha_graph_cluster_redis_failures", "use", use, "kind", "error").increment();
        if (degraded.compareAndSet(false, true)) {
            Log.warnf("Redis unreachable for %s (%s: %s); %s applies for at least %d ms", use,
                    cause.getClass().getSimpleName(), cause.getMessage(), config.onRedisDown(),
                    config.retryInterval().toMillis());
        }
    }

    /** Counts a limiter decision made by the Redis-down policy instead of by Redis. */
    public void countFallback(String use) {
        meters.counter("lusha_graph_cluster_redis_fallbacks", "use", use).increment();
    }

    /** Listens to a channel shared by every replica; messages published here come back here too. */
    public synchronized void subscribe(String channel, Consumer<String> listener) {
        listeners.put(config.keyPrefix() + ":" + channel, listener);
        StatefulRedisPubSubConnection<String, String> current = subscriber;
        if (current != null) {
            current.async().subscribe(config.keyPrefix() + ":" + channel);
        }
    }

    /**
     * Publishes to every replica's listeners of a channel. Completes with true once Redis has taken the message, false
     * when it could not within {@code pacing-timeout}.
     */
    public CompletionStage<Boolean> publish(String channel, String message) {
        Optional<StatefulRedisConnection<String, byte[]>> current = connection();
        if (current.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        try {
            return current.get().async().publish(config.keyPrefix() + ":" + channel,
                    message.getBytes(StandardCharsets.UTF_8)).toCompletableFuture()
                    .orTimeout(config.pacingTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .handle((receivers, failure) -> {
                        if (failure != null) {
                            failed("events", failure);
                        }
                        return failure == null;
                    });
        } catch (RuntimeException e) {
            failed("events", e);
            return CompletableFuture.completedFuture(false);
        }
    }

    /** A Redis key in this gateway's namespace. */
    public String key(String... parts) {
        return config.keyPrefix() + ":" + String.join(":", parts);
    }

    /** How long inbound limiter calls may wait for Redis. */
    public Duration limiterTimeout() {
        return config.redisTimeout();
    }

    /** How long a pacing reservation may wait for Redis. */
    public Duration pacingTimeout() {
        return config.pacingTimeout();
    }

    /** The longest any command may take; each use cuts its own wait shorter. */
    public Duration commandTimeout() {
        return config.pacingTimeout().compareTo(config.redisTimeout()) > 0 ? config.pacingTimeout()
                : config.redisTimeout();
    }

    private synchronized void connect() {
        try {
            if (connection == null) {
                connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            }
            if (subscriber == null) {
                StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
                pubSub.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String channel, String message) {
                        Consumer<String> listener = listeners.get(channel);
                        if (listener != null) {
                            listener.accept(message);
                        }
                    }
                });
                if (!listeners.isEmpty()) {
                    pubSub.sync().subscribe(listeners.keySet().toArray(String[]::new));
                }
                subscriber = pubSub;
                Log.infof("Connected to Redis: limits, pacing and events are shared with the other replicas");
            }
            if (connection.isOpen() && System.nanoTime() >= avoidUntil
                    && degraded.compareAndSet(true, false)) {
                Log.info("Redis reachable again: limits are shared with the other replicas");
            }
        } catch (RuntimeException e) {
            failed("connect", e);
        }
    }

    @PreDestroy
    void stop() {
        if (connector != null) {
            connector.shutdownNow();
        }
        if (subscriber != null) {
            subscriber.close();
        }
        if (connection != null) {
            connection.close();
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
