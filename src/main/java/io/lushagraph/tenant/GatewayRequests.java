package io.lushagraph.tenant;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ExecutionInput;
import graphql.schema.DataFetchingEnvironment;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.upstream.CostLedger;
import io.quarkus.logging.Log;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.cdi.event.BeforeExecute;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.vertx.ext.web.RoutingContext;

/**
 * Opens a {@link GatewayRequest} for every GraphQL execution (kept in graphql-java's per-execution context, so it
 * reaches batched and asynchronous resolvers on any thread) and writes {@code extensions.cost} on every answer. An
 * operation without a tenant (a WebSocket connection that did not authenticate, which {@link ConnectionInit} already
 * refuses at connection_init) is refused and its connection closed.
 */
@ApplicationScoped
public class GatewayRequests {

    private final SecurityIdentity identity;
    private final TenantRegistry tenants;
    private final CurrentVertxRequest http;
    private final GatewayConfig config;

    public GatewayRequests(SecurityIdentity identity, TenantRegistry tenants, CurrentVertxRequest http,
            GatewayConfig config) {
        this.identity = identity;
        this.tenants = tenants;
        this.http = http;
        this.config = config;
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
        String tenant = identity.isAnonymous()
                ? config.auth().anonymousTenant().orElseGet(this::refuseAnonymous)
                : identity.getPrincipal().getName();
        TenantSettings settings = tenants.settings(tenant);
        GatewayRequest request = new GatewayRequest(tenant, settings.account(), new CostLedger(), settings);
        context.unwrap(ExecutionInput.class).getGraphQLContext().put(GatewayRequest.class, request);
    }

    // Only a WebSocket connection could get here without a tenant: the HTTP permission lets its upgrade through so that
    // connection_init can authenticate it, and ConnectionInit closes it there when it does not. Should an operation
    // still arrive without a tenant and with no anonymous tenant, it gets nothing and the connection is closed.
    private String refuseAnonymous() {
        RoutingContext upgrade = http.getCurrent();
        if (upgrade != null && GraphQLAccessPolicy.isWebSocketUpgrade(upgrade)) {
            Log.debug("Closing a GraphQL WebSocket connection that did not authenticate");
            upgrade.request().connection().close();
        }
        throw new UnauthorizedException("No tenant credential");
    }

    void close(@Observes @AfterExecute Context context) {
        GatewayRequest request = context.unwrap(ExecutionInput.class).getGraphQLContext().get(GatewayRequest.class);
        if (request != null && context instanceof SmallRyeContext smallRye) {
            smallRye.addExtension("cost", Map.of(
                    "upstreamCalls", request.cost().upstreamCalls(),
                    "creditsCharged", request.cost().creditsCharged(),
                    "estimated", request.cost().estimated(),
                    "estimatedCredits", request.cost().estimatedCredits()));
        }
    }
}
