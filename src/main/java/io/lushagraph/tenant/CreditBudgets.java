package io.lushagraph.tenant;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.lushagraph.store.Store;
import io.lushagraph.store.StoreWork;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Each tenant's daily Lusha credit budget of {@code credits.daily}, kept in the durable store (table
 * {@code tenant_credit_usage}, one row per tenant and UTC day), so that it survives restarts and every replica on the
 * same database spends one budget. A reveal reserves its credits before the upstream call and gives back what Lusha
 * did not charge. The JDBC work runs on a worker thread, never on the event loop; when the store cannot be reached a
 * reservation fails with {@code STORE_UNAVAILABLE}.
 */
@ApplicationScoped
public class CreditBudgets {

    private final CreditUsage usage;
    private final MeterRegistry meters;
    private final Clock clock;

    @Inject
    public CreditBudgets(Store store, MeterRegistry meters) {
        this(store.dataSource(), meters, Clock.systemUTC());
    }

    /** Budgets over any database holding {@code tenant_credit_usage}, with days by {@code clock} (in UTC). */
    public CreditBudgets(DataSource dataSource, MeterRegistry meters, Clock clock) {
        this.usage = new CreditUsage(dataSource);
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Reserves {@code credits} for a reveal: true when today's budget covered them, false (nothing reserved) when it
     * cannot; fails with {@code STORE_UNAVAILABLE} when the store cannot be reached.
     */
    public Uni<Boolean> reserve(TenantSettings tenant, long credits) {
        return reserve(tenant, today(), credits);
    }

    /** Reserves {@code credits} from the budget of {@code day} (UTC), as {@link #reserve(TenantSettings, long)}. */
    public Uni<Boolean> reserve(TenantSettings tenant, LocalDate day, long credits) {
        if (credits <= 0) {
            return Uni.createFrom().item(true);
        }
        if (tenant.dailyCredits() < credits) {
            return Uni.createFrom().item(false);
        }
        return blocking(() -> usage.reserve(tenant.tenant(), day, credits, tenant.dailyCredits()));
    }

    /**
     * Gives back credits reserved today but not charged, without waiting: a failure is logged and counted in
     * {@code gateway.credits.refund.failures}, never passed to the caller.
     */
    public void refund(TenantSettings tenant, long credits) {
        refund(tenant, today(), credits);
    }

    /** Gives back credits reserved from the budget of {@code day} (UTC), as {@link #refund(TenantSettings, long)}. */
    public void refund(TenantSettings tenant, LocalDate day, long credits) {
        if (credits <= 0) {
            return;
        }
        blocking(() -> {
            usage.refund(tenant.tenant(), day, credits);
            return null;
        }).subscribe().with(done -> {
        }, failure -> {
            meters.counter("gateway.credits.refund.failures", "tenant", tenant.tenant()).increment();
            Log.errorf("%d credits of tenant %s could not be given back: %s", credits, tenant.tenant(),
                    failure.getMessage());
        });
    }

    /** Credits the tenant may still spend today; fails with {@code STORE_UNAVAILABLE} when the store is down. */
    public Uni<Long> remaining(TenantSettings tenant) {
        if (tenant.dailyCredits() <= 0) {
            return Uni.createFrom().item(0L);
        }
        LocalDate day = today();
        return blocking(() -> Math.max(0, tenant.dailyCredits() - usage.spent(tenant.tenant(), day)));
    }

    /** Forgets what a tenant spent, so that it starts a full day's budget; blocking, for tests. */
    public void forget(String tenant) {
        try {
            usage.forget(tenant);
        } catch (SQLException e) {
            throw new IllegalStateException("The credit usage of " + tenant + " could not be forgotten", e);
        }
    }

    /** The budget day now, in UTC. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static <T> Uni<T> blocking(Callable<T> work) {
        return StoreWork.offEventLoop("Tenant credit usage", "The gateway's store could not be reached to check the "
                + "tenant's credit budget; nothing was looked up", work);
    }
}
