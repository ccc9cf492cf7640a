package io.lushagraph.tenant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Guards {@code /graphql}: a request needs a tenant, except a WebSocket upgrade, which a browser cannot send an
 * {@code Authorization} header with; such a connection authenticates with its {@code connection_init} payload, and
 * {@link ConnectionInit} closes a connection that presents no credential there.
 */
@ApplicationScoped
public class GraphQLAccessPolicy implements HttpSecurityPolicy {

    /** The name {@code quarkus.http.auth.permission.<name>.policy} refers to. */
    public static final String NAME = "tenant-or-websocket-upgrade";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (isWebSocketUpgrade(request)) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(who -> who.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return NAME;
    }

    static boolean isWebSocketUpgrade(RoutingContext request) {
        return request.request().method() == HttpMethod.GET
                && request.request().headers().contains(HttpHeaders.CONNECTION, HttpHeaders.UPGRADE, true)
                && request.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }
}
