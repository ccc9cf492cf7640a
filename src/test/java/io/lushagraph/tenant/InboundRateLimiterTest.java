package io.lushagraph.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.lushagraph.cluster.SharedBuckets;
import io.lushagraph.upstream.LushaAccount;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** TL-07 in miniature: the limiter's state stays bounded however many tenants pass through it. */
class InboundRateLimiterTest {

    private static final LushaAccount ACCOUNT = new LushaAccount("default", "k");

    @Test
    void tl07StateForManyDistinctTenantsStaysBounded() {
        InboundRateLimiter limiter = limiter(1_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(acquire(limiter, tenant("t" + i, 1, 1)).admitted()).isTrue();
        }
        assertThat(limiter.tracked()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aBurstIsAdmittedThenRefusedWithAWholeSecondToWait() {
        InboundRateLimiter limiter = limiter(10);
        TenantSettings tenant = tenant("a", 1, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(acquire(limiter, tenant).admitted()).isTrue();
        }
        InboundRateLimiter.Decision refused = acquire(limiter, tenant);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(acquire(limiter, tenant("b", 1, 1)).admitted()).as("another tenant is untouched").isTrue();
    }

    private static InboundRateLimiter limiter(long maxTenants) {
        return new InboundRateLimiter(SharedBuckets.inMemory().space("inbound", maxTenants, Duration.ofHours(1)),
                new SimpleMeterRegistry());
    }

    private static InboundRateLimiter.Decision acquire(InboundRateLimiter limiter, TenantSettings tenant) {
        return limiter.tryAcquire(tenant).toCompletableFuture().join();
    }

    private static TenantSettings tenant(String name, int perSecond, int burst) {
        return new TenantSettings(name, perSecond, burst, 100, 500, false, true, ACCOUNT);
    }
}
