package io.lushagraph.tenant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.upstream.QuotaRegistry;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** What the calling tenant can learn about itself. */
@GraphQLApi
public class TenantGraphQLApi {

    private final Context context;
    private final TenantRegistry tenants;
    private final CreditBudgets budgets;
    private final QuotaRegistry quotas;

    public TenantGraphQLApi(Context context, TenantRegistry tenants, CreditBudgets budgets, QuotaRegistry quotas) {
        this.context = context;
        this.tenants = tenants;
        this.budgets = budgets;
        this.quotas = quotas;
    }

    @Query("me")
    @Description("The calling tenant: its limits, credits left today and the Lusha account's quota as last reported. "
            + "Makes no upstream call.")
    @NonNull
    public Uni<Me> me() {
        TenantSettings tenant = tenants.settings(GatewayRequests.current(context).tenant());
        return budgets.remaining(tenant).map(remaining -> new Me(tenant.tenant(), tenant.admin(),
                new Me.RateLimit(tenant.perSecond(), tenant.burst()),
                new Me.Credits((int) Math.min(Integer.MAX_VALUE, tenant.dailyCredits()),
                        (int) Math.min(Integer.MAX_VALUE, remaining)),
                tenant.maxQueryCost(), tenant.account().id(),
                quotas.current(tenant.account()).map(Me.Quota::of).orElse(null)));
    }
}
