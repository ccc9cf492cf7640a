package io.lushagraph.webhook.live;

import static io.lushagraph.webhook.live.LiveEventFixtures.OPT_OUT_EVENTS;
import static io.lushagraph.webhook.live.LiveEventFixtures.awaitOpen;
import static io.lushagraph.webhook.live.LiveEventFixtures.key;
import static io.lushagraph.webhook.live.LiveEventFixtures.optOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** optOutEvents over real WebSocket connections: every tenant receives every opt-out, with its datapoints. */
@QuarkusTest
class LiveOptOutEventsTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    WebhookEventBus bus;

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void everyTenantReceivesEachOptOutWithItsDatapoints(String protocol) throws Exception {
        Simulator.reset();
        GraphQLSocket acme = GraphQLSocket.open(graphql, protocol, GraphQL.ACME_KEY).initAndAwaitAck(null);
        GraphQLSocket globex = GraphQLSocket.open(graphql, protocol, null).initAndAwaitAck(GraphQL.GLOBEX_KEY);
        try {
            acme.subscribe("optouts", OPT_OUT_EVENTS, Map.of());
            globex.subscribe("optouts", OPT_OUT_EVENTS, Map.of());
            awaitOpen(GraphQL.ACME_KEY, 0, 1);
            awaitOpen(GraphQL.GLOBEX_KEY, 0, 1);

            bus.publishOptOut(key(), optOut("c-1"));
            bus.publishOptOut(key(), optOut("c-2"));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> acme.data("optouts").size() == 2 && globex.data("optouts").size() == 2);
            for (GraphQLSocket socket : List.of(acme, globex)) {
                List<JsonNode> events = socket.data("optouts").stream()
                        .map(p -> p.path("data").path("optOutEvents")).toList();
                assertThat(events).extracting(e -> e.path("contactId").asText()).containsExactly("c-1", "c-2");
                JsonNode first = events.get(0);
                assertThat(first.path("optOutDate").asText()).isEqualTo("2026-01-02T03:04:05Z");
                assertThat(first.path("partnerClientId").asText()).isEqualTo("crm-77");
                assertThat(first.path("datapoints")).extracting(d -> d.path("type").asText() + ":" + d.path("value").asText())
                        .containsExactly("email:jane.doe@acme.example", "phone:+14155550199");
            }
            assertThat(Simulator.requests()).as("live events make no upstream call").isEmpty();
        } finally {
            acme.close();
            globex.close();
        }
    }
}
