package io.lushagraph.tenant;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.lushagraph.cluster.BucketLimits;
import io.lushagraph.cluster.SharedBuckets;
import io.lushagraph.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per-tenant token buckets for inbound requests (Bucket4j): a tenant's bucket holds {@code burst} requests and refills
 * {@code per-second} of them each second. With Redis configured the bucket is shared by every replica; this replica
 * keeps at most {@code max-tenants} buckets in memory and forgets idle ones.
 */
@ApplicationScoped
public class InboundRateLimiter {

    private final SharedBuckets.Space buckets;
    private final MeterRegistry meters;

    @Inject
    public InboundRateLimiter(GatewayConfig config, SharedBuckets shared, MeterRegistry meters) {
        this(shared.space("inbound", config.limits().maxTenants(), config.limits().idleExpiry()), meters);
    }

    InboundRateLimiter(SharedBuckets.Space buckets, MeterRegistry meters) {
        this.buckets = buckets;
        this.meters = meters;
    }

    /** Takes one request from the tenant's bucket; when it is empty, how long until one is back. */
    public CompletionStage<Decision> tryAcquire(TenantSettings tenant) {
        return buckets.tryConsume(tenant.tenant(), limits(tenant), 1).thenApply(probe -> decide(tenant, probe));
    }

    private Decision decide(TenantSettings tenant, ConsumptionProbe probe) {
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
        buckets.forget(tenant);
    }

    /** Tenants whose state is kept in this replica now. */
    public long tracked() {
        return buckets.tracked();
    }

    private static BucketLimits limits(TenantSettings tenant) {
        return parts -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(BucketLimits.part(Math.max(1, tenant.burst()), parts))
                        .refillGreedy(BucketLimits.part(Math.max(1, tenant.perSecond()), parts), Duration.ofSeconds(1)))
                .build();
    }

    /**
     * @param admitted whether the request may go on
     * @param retryAfterSeconds when refused, whole seconds until a request would be admitted, at least 1
     */
    public record Decision(boolean admitted, long retryAfterSeconds) {
    }
}
