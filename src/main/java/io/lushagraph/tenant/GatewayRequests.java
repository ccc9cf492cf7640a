package io.lushagraph.tenant;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ExecutionInput;
import graphql.schema.DataFetchingEnvironment;
import io.lushagraph.upstream.CostLedger;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.cdi.event.BeforeExecute;
import io.smallrye.graphql.execution.context.SmallRyeContext;

/**
 * Opens a {@link GatewayRequest} for every GraphQL execution (kept in graphql-java's per-execution context, so it
 * reaches batched and asynchronous resolvers on any thread) and writes {@code extensions.cost} on every answer.
 */
@ApplicationScoped
public class GatewayRequests {

    private final SecurityIdentity identity;
    private final TenantRegistry tenants;

    public GatewayRequests(SecurityIdentity identity, TenantRegistry tenants) {
        this.identity = identity;
        this.tenants = tenants;
    }

    /** The request a resolver serves, from SmallRye's injected {@link Context}. */
    public static GatewayRequest current(Context context) {
        GatewayRequest request = context.unwrap(DataFetchingEnvironment.class).getGraphQlContext()
                .get(GatewayRequest.class);
        if (request == null) {
            throw new IllegalStateException("No gateway request is open for this GraphQL execution");
        }
        return request;
    }

    void open(@Observes @BeforeExecute Context context) {
        String tenant = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        GatewayRequest request = new GatewayRequest(tenant, tenants.accountOf(tenant), new CostLedger());
        context.unwrap(ExecutionInput.class).getGraphQLContext().put(GatewayRequest.class, request);
    }

    void close(@Observes @AfterExecute Context context) {
        GatewayRequest request = context.unwrap(ExecutionInput.class).getGraphQLContext().get(GatewayRequest.class);
        if (request != null && context instanceof SmallRyeContext smallRye) {
            smallRye.addExtension("cost", Map.of(
                    "upstreamCalls", request.cost().upstreamCalls(),
                    "creditsCharged", request.cost().creditsCharged()));
        }
    }
}
