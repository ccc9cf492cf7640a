package io.lushagraph.tenant;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts {@link GraphQLWebSocketHandler} in front of SmallRye GraphQL's WebSocket route: WebSocket upgrades of the
 * GraphQL path go to it, everything else passes on. It is a filter with the priority of Quarkus' authorization check,
 * registered after Quarkus' own security filters, so it runs once the upgrade request is authenticated and before
 * SmallRye GraphQL's route.
 */
@ApplicationScoped
public class GraphQLWebSockets {

    private final GraphQLWebSocketHandler handler;
    private final String path;

    public GraphQLWebSockets(Instance<CurrentIdentityAssociation> identities, CurrentVertxRequest requests,
            TenantIdentityProvider tenants, GatewayConfig config,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name") Optional<String> payloadName,
            @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled") Optional<Boolean> nonBlocking) {
        ConnectionInit connectionInit = new ConnectionInit(payloadName, config.auth().anonymousTenant().isPresent(),
                authorization -> TenantAuthMechanism.bearerToken(authorization).flatMap(tenants::tenantOf));
        // As SmallRye GraphQL decides for its own routes: blocking only when non-blocking execution is turned off.
        boolean runBlocking = nonBlocking.isPresent() && !nonBlocking.get();
        this.handler = new GraphQLWebSocketHandler(identities.isResolvable() ? identities.get() : null, requests,
                runBlocking, payloadName, connectionInit);
        this.path = path;
    }

    void register(@Observes Filters filters) {
        filters.register(this::route, SecurityHandlerPriorities.AUTHORIZATION);
    }

    private void route(RoutingContext ctx) {
        if (GraphQLAccessPolicy.isWebSocketUpgrade(ctx) && isGraphQLPath(ctx.normalizedPath())) {
            handler.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private boolean isGraphQLPath(String requested) {
        return requested.equals(path) || requested.equals(path + "/");
    }
}
