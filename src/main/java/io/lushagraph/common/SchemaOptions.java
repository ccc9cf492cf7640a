package io.lushagraph.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Answers {@code OPTIONS /graphql/schema.graphql} (204 with {@code Allow}). SmallRye's schema handler sets the
 * {@code Allow} header of an OPTIONS request but never ends the response, so without this the request hangs until the
 * client gives up; the schema needs no credential, so anyone could hold connections open that way.
 */
@ApplicationScoped
public class SchemaOptions {

    static final String PATH = "/graphql/schema.graphql";

    void route(@Observes Router router) {
        router.route(HttpMethod.OPTIONS, PATH).order(-1).handler(context -> context.response().setStatusCode(204)
                .putHeader("Allow", "GET, OPTIONS").end());
    }
}
