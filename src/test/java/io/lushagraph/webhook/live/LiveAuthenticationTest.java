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
import io.lushagraph.webhook.LogCapture;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Who may open a live event connection: a tenant key on the upgrade, in connection_init or in both (naming the same
 * tenant), and nobody else; a connection without one is refused before connection_ack with a close code that
 * graphql-ws clients do not retry. Nothing of it is logged at ERROR.
 */
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
        try (LogCapture logs = LogCapture.start()) {
            GraphQLSocket socket = GraphQLSocket.open(graphql, protocol, null).init("not-a-tenant-key");

            assertThat(socket.closed().get(10, TimeUnit.SECONDS)).isEqualTo(4403);
            assertThat(socket.ofType("connection_ack")).isEmpty();
            assertThat(logs.errors()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void aConnectionWithoutCredentialsIsClosedWith4401BeforeConnectionAck(String protocol) throws Exception {
        Simulator.reset();
        try (LogCapture logs = LogCapture.start()) {
            GraphQLSocket anonymous = GraphQLSocket.open(graphql, protocol, null).init(null);
            try {
                assertThat(anonymous.closed().get(10, TimeUnit.SECONDS)).as("closed by the server").isEqualTo(4401);
                assertThat(anonymous.received()).as("nothing, not even connection_ack").isEmpty();
                assertThat(Simulator.requests()).isEmpty();
                assertThat(logs.errors()).isEmpty();
            } finally {
                anonymous.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void theSameKeyOnTheUpgradeAndInConnectionInitReceivesEvents(String protocol) throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            GraphQLSocket both = GraphQLSocket.open(graphql, protocol, GraphQL.ACME_KEY)
                    .initAndAwaitAck(GraphQL.ACME_KEY);
            try {
                both.subscribe("1", SIGNAL_EVENTS, Map.of());
                both.subscribe("me", "{ me { tenant } }", Map.of());
                awaitOpen(GraphQL.ACME_KEY, 1, 0);
                bus.publishSignal(key(), "acme", signal("both-1", EntityType.CONTACT, "promotion"));

                await().atMost(Duration.ofSeconds(10)).until(() -> ids(both, "1").contains("both-1"));
                await().atMost(Duration.ofSeconds(10)).until(() -> both.data("me").size() == 1);
                assertThat(both.data("me").get(0).path("data").path("me").path("tenant").asText()).isEqualTo("acme");
                assertThat(both.closed()).isNotDone();
                assertThat(logs.errors()).isEmpty();
            } finally {
                both.close();
            }
            awaitOpen(GraphQL.ACME_KEY, 0, 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void keysOfTwoTenantsOnTheUpgradeAndInConnectionInitAreClosedWith4403(String protocol) throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            GraphQLSocket mixed = GraphQLSocket.open(graphql, protocol, GraphQL.ACME_KEY).init(GraphQL.GLOBEX_KEY);
            GraphQLSocket unknown = GraphQLSocket.open(graphql, protocol, GraphQL.ACME_KEY).init("not-a-tenant-key");
            try {
                assertThat(mixed.closed().get(10, TimeUnit.SECONDS)).isEqualTo(4403);
                assertThat(unknown.closed().get(10, TimeUnit.SECONDS)).isEqualTo(4403);
                assertThat(mixed.received()).isEmpty();
                assertThat(unknown.received()).isEmpty();
                assertThat(logs.errors()).isEmpty();
            } finally {
                mixed.close();
                unknown.close();
            }
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
