package io.lushagraph.webhook.live;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GraphQL-over-WebSocket client on the JDK's {@link WebSocket}, speaking graphql-transport-ws or the older
 * graphql-ws, that keeps every message the server sends and how the server closed the connection.
 */
public final class GraphQLSocket implements WebSocket.Listener {

    public static final String TRANSPORT_WS = "graphql-transport-ws";
    public static final String GRAPHQL_WS = "graphql-ws";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String protocol;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private GraphQLSocket(String protocol) {
        this.protocol = protocol;
    }

    /** Opens a connection, with {@code Authorization: Bearer <headerKey>} on the upgrade when the key is given. */
    public static GraphQLSocket open(URI graphql, String protocol, String headerKey) throws Exception {
        GraphQLSocket client = new GraphQLSocket(protocol);
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(protocol);
        if (headerKey != null) {
            builder.header("Authorization", "Bearer " + headerKey);
        }
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        client.socket = builder.buildAsync(ws, client).get(10, TimeUnit.SECONDS);
        return client;
    }

    /** Sends connection_init, with {@code {"Authorization": "Bearer <payloadKey>"}} when the key is given. */
    public GraphQLSocket init(String payloadKey) {
        send(payloadKey == null ? Map.of("type", "connection_init")
                : Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + payloadKey)));
        return this;
    }

    /** Sends connection_init and waits for connection_ack. */
    public GraphQLSocket initAndAwaitAck(String payloadKey) {
        init(payloadKey);
        await().atMost(Duration.ofSeconds(10)).until(() -> ofType("connection_ack").size() == 1);
        return this;
    }

    public void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("id", id, "type", protocol.equals(TRANSPORT_WS) ? "subscribe" : "start",
                "payload", Map.of("query", query, "variables", variables)));
    }

    /** Ends one subscription: complete in graphql-transport-ws, stop in graphql-ws. */
    void complete(String id) {
        send(Map.of("id", id, "type", protocol.equals(TRANSPORT_WS) ? "complete" : "stop"));
    }

    /** The payloads of the data messages of one subscription (next, or data in graphql-ws). */
    public List<JsonNode> data(String id) {
        String type = protocol.equals(TRANSPORT_WS) ? "next" : "data";
        return received.stream().filter(m -> type.equals(m.path("type").asText()) && id.equals(m.path("id").asText()))
                .map(m -> m.path("payload")).toList();
    }

    public List<JsonNode> ofType(String type) {
        return received.stream().filter(m -> type.equals(m.path("type").asText())).toList();
    }

    List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** The close code the server sent, once it closed the connection. */
    CompletableFuture<Integer> closed() {
        return closed;
    }

    public void close() {
        socket.abort();
    }

    private void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + message.get("type"), e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(JSON.readTree(partial.toString()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Not JSON: " + partial, e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
