package io.lushagraph.webhook.live;

import static io.lushagraph.webhook.live.LiveEventFixtures.SIGNAL_EVENTS;
import static io.lushagraph.webhook.live.LiveEventFixtures.awaitOpen;
import static io.lushagraph.webhook.live.LiveEventFixtures.ids;
import static io.lushagraph.webhook.live.LiveEventFixtures.key;
import static io.lushagraph.webhook.live.LiveEventFixtures.signal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.catalog.EntityType;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may open a live event connection: a tenant key on the upgrade or in connection_init, and nobody else. */
@QuarkusTest
class LiveAuthenticationTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    WebhookEventBus bus;

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void aWrongKeyOnTheUpgradeIsRefusedWith401(String protocol) {
        assertThatThrownBy(() -> GraphQLSocket.open(graphql, protocol, "not-a-tenant-key"))
                .cause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                        .isEqualTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void aWrongKeyInConnectionInitIsClosedWith4403(String protocol) throws Exception {
        GraphQLSocket socket = GraphQLSocket.open(graphql, protocol, null).init("not-a-tenant-key");

        assertThat(socket.closed().get(10, TimeUnit.SECONDS)).isEqualTo(4403);
        assertThat(socket.ofType("connection_ack")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void aConnectionWithoutCredentialsGetsNoEventsAndIsClosed(String protocol) throws Exception {
        Simulator.reset();
        GraphQLSocket witness = GraphQLSocket.open(graphql, protocol, GraphQL.ACME_KEY).initAndAwaitAck(null);
        GraphQLSocket anonymous = GraphQLSocket.open(graphql, protocol, null).init(null);
        try {
            witness.subscribe("1", SIGNAL_EVENTS, Map.of());
            awaitOpen(GraphQL.ACME_KEY, 1, 0);
            anonymous.subscribe("1", SIGNAL_EVENTS, Map.of());
            try {
                anonymous.subscribe("2", "{ me { tenant } }", Map.of());
            } catch (IllegalStateException alreadyClosed) {
                // The server may close the connection on the first operation, before the second is sent.
            }

            assertThat(anonymous.closed().get(10, TimeUnit.SECONDS)).as("closed by the server").isEqualTo(1000);
            bus.publishSignal(key(), "acme", signal("e1", EntityType.CONTACT, "promotion"));
            await().atMost(Duration.ofSeconds(10)).until(() -> ids(witness, "1").contains("e1"));

            assertThat(anonymous.data("1")).isEmpty();
            assertThat(anonymous.data("2")).isEmpty();
            assertThat(Simulator.requests()).isEmpty();
        } finally {
            witness.close();
            anonymous.close();
        }
    }

    @Test
    void aPostWithoutCredentialsIsStill401() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ me { tenant } }"))
                .when().post("/graphql").then().statusCode(401);
        given().header("Connection", "Upgrade").header("Upgrade", "websocket").contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { tenant } }"))
                .when().post("/graphql").then().statusCode(401);
    }
}
