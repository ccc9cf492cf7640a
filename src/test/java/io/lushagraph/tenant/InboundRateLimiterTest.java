package io.lushagraph.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.lushagraph.upstream.LushaAccount;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** TL-07 in miniature: the limiter's state stays bounded however many tenants pass through it. */
class InboundRateLimiterTest {

    private static final LushaAccount ACCOUNT = new LushaAccount("default", "k");

    @Test
    void tl07StateForManyDistinctTenantsStaysBounded() {
        InboundRateLimiter limiter = new InboundRateLimiter(1_000, Duration.ofHours(1), new SimpleMeterRegistry());
        for (int i = 0; i < 100_000; i++) {
            assertThat(limiter.tryAcquire(tenant("t" + i, 1, 1)).admitted()).isTrue();
        }
        assertThat(limiter.tracked()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aBurstIsAdmittedThenRefusedWithAWholeSecondToWait() {
        InboundRateLimiter limiter = new InboundRateLimiter(10, Duration.ofHours(1), new SimpleMeterRegistry());
        TenantSettings tenant = tenant("a", 1, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(tenant).admitted()).isTrue();
        }
        InboundRateLimiter.Decision refused = limiter.tryAcquire(tenant);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.tryAcquire(tenant("b", 1, 1)).admitted()).as("another tenant is untouched").isTrue();
    }

    private static TenantSettings tenant(String name, int perSecond, int burst) {
        return new TenantSettings(name, perSecond, burst, 100, 500, false, true, ACCOUNT);
    }
}
