package io.lushagraph.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Mounts {@link GraphQLHttpHandler} on SmallRye GraphQL's path ({@code quarkus.smallrye-graphql.root-path}), after the
 * gateway's filters (authentication, authorization, the tenant's inbound rate limit) and before SmallRye's own
 * HTTP handler, which it replaces for GET and POST; the body is read only once those filters have let the request
 * in. SmallRye's WebSocket handler runs earlier still and keeps the subscriptions.
 */
@ApplicationScoped
public class GraphQLHttpRoute {

    /** After the filters (their order is minus their priority: -200, -100, -50), before routes in default order. */
    static final int ORDER = -10;

    private final String path;
    private final boolean blocking;
    private final long maxBodySize;

    public GraphQLHttpRoute(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled") Optional<Boolean> nonBlocking,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.path = path;
        this.blocking = nonBlocking.isPresent() && !nonBlocking.get();
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void mount(@Observes Router router, Instance<CurrentIdentityAssociation> identities, CurrentVertxRequest current) {
        GraphQLHttpHandler handler = new GraphQLHttpHandler(identities.isResolvable() ? identities.get() : null,
                current, blocking);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodySize);
        Route route = router.route(path).order(ORDER).handler(context -> readJsonBody(context, body));
        if (blocking) {
            route.blockingHandler(handler);
        } else {
            route.handler(handler);
        }
    }

    // Only a JSON POST has a body to read: any other request is answered without one (415 for a POST of another
    // type), so that form and multipart decoders never see what the fuzzer or a careless client sends.
    private static void readJsonBody(RoutingContext context, BodyHandler body) {
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.POST && GraphQLHttpRequest.isJson(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            body.handle(context);
        } else {
            context.next();
        }
    }
}
