package io.lushagraph.tenant;

import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves GraphQL over WebSocket ({@code graphql-transport-ws} and {@code graphql-ws}) on the GraphQL path, as SmallRye
 * GraphQL's own handler does and with its subprotocol handlers, except that {@link ConnectionInit} decides who a
 * connection is before SmallRye GraphQL sees its {@code connection_init}.
 */
final class GraphQLWebSocketHandler extends SmallRyeGraphQLAbstractHandler {

    private final Optional<String> payloadName;
    private final ConnectionInit connectionInit;

    GraphQLWebSocketHandler(CurrentIdentityAssociation identities, CurrentVertxRequest requests, boolean runBlocking,
            Optional<String> payloadName, ConnectionInit connectionInit) {
        super(identities, requests, runBlocking);
        this.payloadName = payloadName;
        this.connectionInit = connectionInit;
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        Map<String, Object> metaData = getMetaData(ctx);
        ctx.request().toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                Log.debugf("A GraphQL WebSocket upgrade failed: %s", upgraded.cause().getClass().getSimpleName());
                return;
            }
            ServerWebSocket socket = upgraded.result();
            Session session = new Session(socket);
            GraphQLWebsocketHandler handler;
            if ("graphql-transport-ws".equals(socket.subProtocol())) {
                handler = new TransportWs(session, metaData, ctx, this, payloadName, connectionInit);
            } else if ("graphql-ws".equals(socket.subProtocol())) {
                handler = new GraphQLWs(session, metaData, ctx, this, payloadName, connectionInit);
            } else {
                Log.debugf("Closing a GraphQL WebSocket with subprotocol %s", socket.subProtocol());
                socket.close();
                return;
            }
            socket.closeHandler(closed -> handler.onClose());
            socket.endHandler(ended -> handler.onEnd());
            socket.exceptionHandler(handler::onThrowable);
            socket.textMessageHandler(handler::onMessage);
        });
    }

    /** The identity the upgrade request authenticated as; null when it has none yet. */
    private static SecurityIdentity upgradeIdentity(RoutingContext ctx) {
        return ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    /** {@code graphql-transport-ws}, with {@link ConnectionInit} in front of SmallRye's authentication. */
    private static final class TransportWs extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler {

        private final RoutingContext ctx;
        private final ConnectionInit connectionInit;

        TransportWs(GraphQLWebSocketSession session, Map<String, Object> metaData, RoutingContext ctx,
                SmallRyeGraphQLAbstractHandler handler, Optional<String> payloadName, ConnectionInit connectionInit) {
            super(session, metaData, ctx, handler, payloadName);
            this.ctx = ctx;
            this.connectionInit = connectionInit;
        }

        @Override
        protected void onMessage(JsonObject message) {
            JsonObject admitted = connectionInit.admit(message, upgradeIdentity(ctx), session);
            if (admitted != null) {
                super.onMessage(admitted);
            }
        }
    }

    /** {@code graphql-ws}, with {@link ConnectionInit} in front of SmallRye's authentication. */
    private static final class GraphQLWs extends SmallRyeAuthGraphQLWSSubprotocolHandler {

        private final RoutingContext ctx;
        private final ConnectionInit connectionInit;

        GraphQLWs(GraphQLWebSocketSession session, Map<String, Object> metaData, RoutingContext ctx,
                SmallRyeGraphQLAbstractHandler handler, Optional<String> payloadName, ConnectionInit connectionInit) {
            super(session, metaData, ctx, handler, payloadName);
            this.ctx = ctx;
            this.connectionInit = connectionInit;
        }

        @Override
        protected void onMessage(JsonObject message) {
            JsonObject admitted = connectionInit.admit(message, upgradeIdentity(ctx), session);
            if (admitted != null) {
                super.onMessage(admitted);
            }
        }
    }

    /** One connection, as SmallRye's subprotocol handlers write to and close it. */
    private record Session(ServerWebSocket socket) implements GraphQLWebSocketSession {

        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            socket.close(statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }

        @Override
        public String toString() {
            return "GraphQL WebSocket session";
        }
    }
}
