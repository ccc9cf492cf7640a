package io.lushagraph.http;

import java.util.Locale;
import java.util.Optional;

import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves GraphQL over HTTP on {@code /graphql} as the GraphQL-over-HTTP specification describes, in front of
 * SmallRye GraphQL's execution (which keeps the security identity, the request context and the tenant's
 * {@code @BeforeExecute} hooks): POST with a JSON body for every operation, GET with query parameters for queries
 * only (a mutation or subscription over GET is 405 with {@code Allow: POST}), answers in
 * {@code application/json} or {@code application/graphql-response+json} as {@code Accept} asks. A request that cannot
 * run is refused with 400, 405, 406 or 415 and a GraphQL error {@code BAD_REQUEST} before GraphQL runs it. A
 * WebSocket upgrade passes through to the subscription handler.
 */
final class GraphQLHttpHandler extends SmallRyeGraphQLAbstractHandler {

    static final String ALLOWED = "GET, POST, OPTIONS";

    GraphQLHttpHandler(CurrentIdentityAssociation identities, CurrentVertxRequest current, boolean runBlocking) {
        super(identities, current, runBlocking);
    }

    @Override
    public void handle(RoutingContext context) {
        if (isWebSocketUpgrade(context.request())) {
            context.next();
            return;
        }
        super.handle(context);
    }

    @Override
    protected void doHandle(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<ResponseMediaType> accepted = ResponseMediaType.negotiate(request.getHeader(HttpHeaders.ACCEPT));
        ResponseMediaType type = accepted.orElse(ResponseMediaType.JSON);
        try {
            if (request.method() == HttpMethod.OPTIONS) {
                context.response().putHeader(HttpHeaders.ALLOW, ALLOWED).setStatusCode(204).end();
                return;
            }
            if (accepted.isEmpty()) {
                throw HttpRefusal.notAcceptable(
                        "The answer is application/graphql-response+json or application/json; Accept allows neither");
            }
            GraphQLHttpRequest graphql = read(context);
            getExecutionService().executeAsync(graphql.toJson(), getMetaData(context), new Writer(context, type));
        } catch (HttpRefusal refusal) {
            refuse(context.response(), type, refusal);
        } catch (RuntimeException e) {
            failed(context.response(), type, e);
        }
    }

    private static GraphQLHttpRequest read(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.POST) {
            return GraphQLHttpRequest.fromPost(request.getHeader(HttpHeaders.CONTENT_TYPE),
                    context.body() == null ? null : context.body().buffer());
        }
        if (request.method() == HttpMethod.GET) {
            GraphQLHttpRequest graphql = GraphQLHttpRequest.fromGet(context.queryParams());
            Optional<OperationDefinition.Operation> kind = graphql.operationKind();
            if (kind.isPresent() && kind.get() != OperationDefinition.Operation.QUERY) {
                throw HttpRefusal.methodNotAllowed("A " + kind.get().name().toLowerCase(Locale.ROOT)
                        + " cannot run over GET; send it with POST", "POST");
            }
            return graphql;
        }
        throw HttpRefusal.methodNotAllowed("/graphql takes GET (queries) and POST", ALLOWED);
    }

    static void refuse(HttpServerResponse response, ResponseMediaType type, HttpRefusal refusal) {
        if (refusal.allow() != null) {
            response.putHeader(HttpHeaders.ALLOW, refusal.allow());
        }
        end(response, refusal.status(), type, error(refusal.getMessage(), HttpRefusal.CODE));
    }

    // A failure of the gateway itself: logged with its stack trace, answered without one.
    static void failed(HttpServerResponse response, ResponseMediaType type, Throwable failure) {
        Log.error("A GraphQL request failed", failure);
        end(response, 500, type, error("Internal error", "INTERNAL_ERROR"));
    }

    private static String error(String message, String code) {
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code)))).encode();
    }

    private static void end(HttpServerResponse response, int status, ResponseMediaType type, String body) {
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType()).end(body);
    }

    private static boolean isWebSocketUpgrade(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }

    /**
     * Writes an execution's answer: HTTP 200, except that under {@code application/graphql-response+json} an answer
     * without {@code data} (the request failed before execution began) is 400, as the specification asks.
     */
    private static final class Writer implements ExecutionResponseWriter {

        private final RoutingContext context;
        private final ResponseMediaType type;

        Writer(RoutingContext context, ResponseMediaType type) {
            this.context = context;
            this.type = type;
        }

        @Override
        public void write(ExecutionResponse answer) {
            ExecutionResult result = answer.getExecutionResult();
            int status = type == ResponseMediaType.GRAPHQL_RESPONSE_JSON && !result.isDataPresent() ? 400 : 200;
            end(context.response(), status, type, answer.getExecutionResultAsString());
        }

        @Override
        public void fail(Throwable failure) {
            failed(context.response(), type, failure);
        }
    }
}
