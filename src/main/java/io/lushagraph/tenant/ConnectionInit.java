package io.lushagraph.tenant;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;

/**
 * Decides who a GraphQL WebSocket connection is when its {@code connection_init} arrives, before any
 * {@code connection_ack}. A client may name its tenant on the upgrade request ({@code Authorization} header), in the
 * {@code connection_init} payload, or both (server-side clients often set both):
 * <ul>
 * <li>both, naming the same tenant: accepted, as the upgrade's tenant;</li>
 * <li>both, naming different tenants, or a payload credential that names no tenant: closed with 4403 Forbidden;</li>
 * <li>only the payload: handed on to SmallRye GraphQL, which authenticates it as it would the header;</li>
 * <li>neither: the anonymous tenant where one is configured (dev), else closed with 4401 Unauthorized, a close code
 * that graphql-ws clients treat as final, so they do not reconnect.</li>
 * </ul>
 * Every other message passes unchanged.
 */
final class ConnectionInit {

    static final short UNAUTHORIZED = 4401;
    static final short FORBIDDEN = 4403;

    private final Optional<String> payloadName;
    private final boolean anonymousAllowed;
    private final Function<String, Optional<String>> tenantOfAuthorization;

    /**
     * @param payloadName the payload entry that carries an {@code Authorization} value, if connection_init may carry one
     * @param anonymousAllowed whether a connection without any credential becomes the anonymous tenant
     * @param tenantOfAuthorization the tenant an {@code Authorization} value ({@code Bearer <key>}) names, if any
     */
    ConnectionInit(Optional<String> payloadName, boolean anonymousAllowed,
            Function<String, Optional<String>> tenantOfAuthorization) {
        this.payloadName = payloadName;
        this.anonymousAllowed = anonymousAllowed;
        this.tenantOfAuthorization = tenantOfAuthorization;
    }

    /**
     * The message to hand on to SmallRye GraphQL, or null when this closed the connection instead.
     *
     * @param message a message as the client sent it (null when it was not JSON)
     * @param upgrade the identity the upgrade request authenticated as; null or anonymous when it had no credential
     * @param session the connection, closed here when the client is refused
     */
    JsonObject admit(JsonObject message, SecurityIdentity upgrade, GraphQLWebSocketSession session) {
        if (message == null || !"connection_init".equals(message.getString("type", null))) {
            return message;
        }
        JsonObject payload = message.get("payload") instanceof JsonObject object ? object : null;
        JsonValue credential = payload == null || payloadName.isEmpty() ? null : payload.get(payloadName.get());
        String upgradeTenant = upgrade == null || upgrade.isAnonymous() ? null : upgrade.getPrincipal().getName();
        if (credential == null) {
            if (upgradeTenant != null || anonymousAllowed) {
                return message;
            }
            return refuse(session, UNAUTHORIZED, "Unauthorized");
        }
        Optional<String> payloadTenant = credential instanceof JsonString value
                ? tenantOfAuthorization.apply(value.getString())
                : Optional.empty();
        if (payloadTenant.isEmpty()) {
            return refuse(session, FORBIDDEN, "Forbidden");
        }
        if (upgradeTenant == null) {
            return message;
        }
        if (!Objects.equals(upgradeTenant, payloadTenant.get())) {
            return refuse(session, FORBIDDEN, "Forbidden");
        }
        // The same tenant twice: the connection keeps the upgrade's identity, and SmallRye GraphQL, which refuses a
        // second credential outright, sees none in the payload.
        return Json.createObjectBuilder(message)
                .add("payload", Json.createObjectBuilder(payload).remove(payloadName.get()))
                .build();
    }

    private static JsonObject refuse(GraphQLWebSocketSession session, short code, String reason) {
        Log.debugf("Closing a GraphQL WebSocket connection at connection_init: %d %s", code, reason);
        if (!session.isClosed()) {
            session.close(code, reason);
        }
        return null;
    }
}
