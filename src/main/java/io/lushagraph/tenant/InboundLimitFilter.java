package io.lushagraph.tenant;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies each tenant's inbound rate limit to {@code /graphql} before GraphQL runs: after authentication and
 * authorization (so an unauthenticated request is 401 and consumes nothing), before any parsing or resolver. Over the
 * limit is HTTP 429 with {@code Retry-After} and a GraphQL error {@code RATE_LIMITED}; other tenants are untouched.
 */
@ApplicationScoped
public class InboundLimitFilter {

    /** Below authorization (100) and authentication (200): those filters run first. */
    static final int PRIORITY = 50;

    private final InboundRateLimiter limiter;
    private final TenantRegistry tenants;
    private final GatewayConfig config;

    public InboundLimitFilter(InboundRateLimiter limiter, TenantRegistry tenants, GatewayConfig config) {
        this.limiter = limiter;
        this.tenants = tenants;
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    void limit(RoutingContext context) {
        String path = context.normalizedPath();
        boolean graphql = path.equals("/graphql") || path.equals("/graphql/");
        String tenant = graphql && !GraphQLAccessPolicy.isWebSocketUpgrade(context) ? tenant(context) : null;
        if (tenant == null) {
            context.next();
            return;
        }
        CompletableFuture<InboundRateLimiter.Decision> decision = limiter.tryAcquire(tenants.settings(tenant))
                .toCompletableFuture();
        if (decision.isDone()) {
            // Buckets in memory answer at once: no pause, no hop.
            decide(context, decision.join(), null);
            return;
        }
        // A shared bucket answers from Redis: hold the body back until it does, then go on on this context.
        Context vertx = Vertx.currentContext();
        boolean paused = !context.request().isEnded();
        if (paused) {
            context.request().pause();
        }
        decision.whenComplete((answer, failure) -> vertx.runOnContext(ignored -> {
            if (paused) {
                context.request().resume();
            }
            decide(context, answer, failure);
        }));
    }

    private static void decide(RoutingContext context, InboundRateLimiter.Decision decision, Throwable failure) {
        if (failure != null) {
            context.fail(failure);
        } else if (decision.admitted()) {
            context.next();
        } else {
            refuse(context, decision);
        }
    }

    private static void refuse(RoutingContext context, InboundRateLimiter.Decision decision) {
        JsonObject error = new JsonObject()
                .put("message", "Rate limit exceeded for this tenant; retry after " + decision.retryAfterSeconds()
                        + " s")
                .put("extensions", new JsonObject().put("code", "RATE_LIMITED")
                        .put("retryAfter", decision.retryAfterSeconds()));
        context.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()))
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    // The tenant comes from the verified credential only; an anonymous caller is the dev profile's tenant, if any.
    private String tenant(RoutingContext context) {
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity != null && !identity.isAnonymous()) {
            return identity.getPrincipal().getName();
        }
        return config.auth().anonymousTenant().orElse(null);
    }
}
