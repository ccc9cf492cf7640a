package io.lushagraph.simulator.gate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.lushagraph.config.LushaConfig;

/**
 * Lusha's per-endpoint limit (N requests per second, refilled all at once each second), the stricter per-minute
 * limit of {@code GET /account/usage} and the account's per-minute limit shared by the webhook management
 * endpoints, as Bucket4j buckets created on first use.
 */
@Singleton
public class RateLimiter {

    private static final String MESSAGE = "Too many requests. Please wait before making another request.";

    private final int perSecond;
    private final int usagePerMinute;
    private final int webhookPerMinute;
    private final Map<SimEndpoint, Bucket> perEndpoint = new ConcurrentHashMap<>();
    private final Map<SimEndpoint, Bucket> usage = new ConcurrentHashMap<>();
    private final Map<Boolean, Bucket> webhookManagement = new ConcurrentHashMap<>();

    public RateLimiter(LushaConfig config) {
        this.perSecond = config.simulator().rateLimitPerSecond();
        this.usagePerMinute = config.simulator().usageRateLimitPerMinute();
        this.webhookPerMinute = config.simulator().webhookRateLimitPerMinute();
    }

    /** The 429 to answer, or empty when the request may go on. */
    public Optional<Throttle> tryAcquire(SimEndpoint endpoint) {
        Optional<Throttle> throttle = take(perEndpoint, endpoint, perSecond, Duration.ofSeconds(1));
        if (throttle.isEmpty() && endpoint == SimEndpoint.ACCOUNT_USAGE) {
            return take(usage, endpoint, usagePerMinute, Duration.ofMinutes(1));
        }
        if (throttle.isEmpty() && endpoint.webhookManagement()) {
            return take(webhookManagement, true, webhookPerMinute, Duration.ofMinutes(1));
        }
        return throttle;
    }

    /** The per-second limit, as a 429 fault reports it. */
    public int perSecond() {
        return perSecond;
    }

    /** Refills every bucket by forgetting them. */
    public void reset() {
        perEndpoint.clear();
        usage.clear();
        webhookManagement.clear();
    }

    private static <K> Optional<Throttle> take(Map<K, Bucket> buckets, K family, int limit, Duration period) {
        if (limit <= 0) {
            return Optional.empty();
        }
        Bucket bucket = buckets.computeIfAbsent(family,
                e -> Bucket.builder().addLimit(l -> l.capacity(limit).refillIntervally(limit, period)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long resetSeconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return Optional.of(new Throttle(limit, resetSeconds, MESSAGE));
    }
}
