package io.lushagraph.tenant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Context;

/** What the calling tenant can learn about itself. */
@GraphQLApi
public class TenantGraphQLApi {

    private final Context context;

    public TenantGraphQLApi(Context context) {
        this.context = context;
    }

    @Query("me")
    @Description("The calling tenant. Makes no upstream call.")
    @NonNull
    @NonBlocking
    public Me me() {
        return new Me(GatewayRequests.current(context).tenant());
    }
}
