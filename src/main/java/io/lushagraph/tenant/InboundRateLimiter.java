package io.lushagraph.tenant;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.lushagraph.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per-tenant token buckets for inbound requests (Bucket4j), kept in a bounded Caffeine map that forgets idle
 * tenants. A tenant's bucket holds {@code burst} requests and refills {@code per-second} of them each second.
 */
@ApplicationScoped
public class InboundRateLimiter {

    private final Cache<String, Bucket> buckets;
    private final MeterRegistry meters;

    @Inject
    public InboundRateLimiter(GatewayConfig config, MeterRegistry meters) {
        this(config.limits().maxTenants(), config.limits().idleExpiry(), meters);
    }

    InboundRateLimiter(long maxTenants, Duration idleExpiry, MeterRegistry meters) {
        this.buckets = Caffeine.newBuilder().maximumSize(maxTenants).expireAfterAccess(idleExpiry).build();
        this.meters = meters;
    }

    /** Takes one request from the tenant's bucket; when it is empty, how long until one is back. */
    public Decision tryAcquire(TenantSettings tenant) {
        ConsumptionProbe probe = buckets.get(tenant.tenant(), name -> bucket(tenant)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, 0);
        }
        meters.counter("lusha_graph_tenant_throttled", "tenant", tenant.tenant()).increment();
        // Retry-After is whole seconds and never 0: a wait of 1 ms is still a wait.
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1)
                / TimeUnit.SECONDS.toNanos(1));
        return new Decision(false, seconds);
    }

    /** Drops a tenant's state, so that its next request starts with a full bucket (after its limits changed). */
    public void forget(String tenant) {
        buckets.invalidate(tenant);
    }

    /** Tenants whose state is kept now. */
    public long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static Bucket bucket(TenantSettings tenant) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(Math.max(1, tenant.burst()))
                        .refillGreedy(Math.max(1, tenant.perSecond()), Duration.ofSeconds(1)))
                .build();
    }

    /**
     * @param admitted whether the request may go on
     * @param retryAfterSeconds when refused, whole seconds until a request would be admitted, at least 1
     */
    public record Decision(boolean admitted, long retryAfterSeconds) {
    }
}
