package io.lushagraph.tenant;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.lushagraph.config.GatewayConfig;

/**
 * Each tenant's daily Lusha credit budget: a Bucket4j bucket of {@code credits.daily} tokens refilled whole at each
 * UTC midnight. A reveal reserves its credits before the upstream call and gives back what Lusha did not charge.
 */
@ApplicationScoped
public class CreditBudgets {

    private final Cache<String, Bucket> budgets;

    public CreditBudgets(GatewayConfig config) {
        this.budgets = Caffeine.newBuilder().maximumSize(config.limits().maxTenants())
                .expireAfterAccess(Duration.ofDays(2)).build();
    }

    /** Reserves {@code credits} for a reveal; false, and nothing reserved, when the day's budget cannot cover them. */
    public boolean tryReserve(TenantSettings tenant, long credits) {
        if (credits <= 0) {
            return true;
        }
        return tenant.dailyCredits() > 0 && budget(tenant).tryConsume(credits);
    }

    /** Gives back credits reserved but not charged. */
    public void refund(TenantSettings tenant, long credits) {
        if (credits > 0) {
            budget(tenant).addTokens(credits);
        }
    }

    /** Credits the tenant may still spend today. */
    public long remaining(TenantSettings tenant) {
        return tenant.dailyCredits() > 0 ? budget(tenant).getAvailableTokens() : 0;
    }

    /** Forgets a tenant's budget, so its next reveal starts a full day's budget; for tests. */
    public void forget(String tenant) {
        budgets.invalidate(tenant);
    }

    private Bucket budget(TenantSettings tenant) {
        return budgets.get(tenant.tenant(), name -> Bucket.builder()
                .addLimit(limit -> limit.capacity(Math.max(1, tenant.dailyCredits()))
                        .refillIntervallyAligned(Math.max(1, tenant.dailyCredits()), Duration.ofDays(1),
                                nextMidnight()))
                .build());
    }

    private static Instant nextMidnight() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
