package io.lushagraph.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** The Lusha account's credit usage. */
@GraphQLApi
public class AccountGraphQLApi {

    private final AccountClient client;
    private final Context context;

    public AccountGraphQLApi(AccountClient client, Context context) {
        this.client = client;
        this.context = context;
    }

    @Query("accountUsage")
    @Description("Credit usage of the Lusha account behind this tenant. Lusha allows 5 of these calls a minute.")
    @NonNull
    public Uni<AccountUsage> accountUsage() {
        GatewayRequest request = GatewayRequests.current(context);
        return client.usage(request.account())
                .invoke(request.cost()::recordOwnCall)
                .onFailure().invoke(request.cost()::recordOwnCall)
                .map(answer -> new AccountUsage(pools(answer.usage())));
    }

    private static List<AccountUsage.CreditPool> pools(
            Map<String, io.lushagraph.account.wire.AccountUsageResponse.Pool> usage) {
        if (usage == null) {
            return List.of();
        }
        return usage.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new AccountUsage.CreditPool(e.getKey(), (double) e.getValue().used(),
                        (double) e.getValue().total(), (double) e.getValue().remaining()))
                .toList();
    }
}
