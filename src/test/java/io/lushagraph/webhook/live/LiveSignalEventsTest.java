package io.lushagraph.webhook.live;

import static io.lushagraph.webhook.live.LiveEventFixtures.SIGNAL_EVENTS;
import static io.lushagraph.webhook.live.LiveEventFixtures.awaitOpen;
import static io.lushagraph.webhook.live.LiveEventFixtures.ids;
import static io.lushagraph.webhook.live.LiveEventFixtures.key;
import static io.lushagraph.webhook.live.LiveEventFixtures.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.catalog.EntityType;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** signalEvents over real WebSocket connections, in both subprotocols: tenants, filters and unsubscribing. */
@QuarkusTest
class LiveSignalEventsTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    WebhookEventBus bus;

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void eachTenantReceivesOnlyItsOwnEvents(String protocol) throws Exception {
        Simulator.reset();
        GraphQLSocket acme = GraphQLSocket.open(graphql, protocol, GraphQL.ACME_KEY).initAndAwaitAck(null);
        GraphQLSocket globex = GraphQLSocket.open(graphql, protocol, null).initAndAwaitAck(GraphQL.GLOBEX_KEY);
        try {
            acme.subscribe("1", SIGNAL_EVENTS, Map.of());
            globex.subscribe("1", SIGNAL_EVENTS, Map.of());
            awaitOpen(GraphQL.ACME_KEY, 1, 0);
            awaitOpen(GraphQL.GLOBEX_KEY, 1, 0);

            bus.publishSignal(key(), "acme", signal("a1", EntityType.CONTACT, "promotion"));
            bus.publishSignal(key(), "globex", signal("g1", EntityType.COMPANY, "surgeInHiring"));
            bus.publishSignal(key(), "acme", signal("a2", EntityType.COMPANY, "riskNews"));
            bus.publishSignal(key(), "globex", signal("g2", EntityType.CONTACT, "companyChange"));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ids(acme, "1").contains("a2") && ids(globex, "1").contains("g2"));
            assertThat(ids(acme, "1")).containsExactly("a1", "a2");
            assertThat(ids(globex, "1")).containsExactly("g1", "g2");

            JsonNode first = acme.data("1").get(0).path("data").path("signalEvents");
            assertThat(first.path("type").asText()).isEqualTo("promotion");
            assertThat(first.path("entityType").asText()).isEqualTo("CONTACT");
            assertThat(first.path("entityId").asText()).isEqualTo("4711");
            assertThat(first.path("subscriptionId").asText()).isEqualTo("sub-a1");
            assertThat(first.path("timestamp").asText()).isEqualTo("2026-01-02T03:04:05Z");
            assertThat(first.path("signal").path("date").asText()).isEqualTo("2025-12-01");
            assertThat(first.path("signal").path("currentTitle").asText()).isEqualTo("VP Sales");
            assertThat(Simulator.requests()).as("live events make no upstream call").isEmpty();
        } finally {
            acme.close();
            globex.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void filtersByEntityTypeAndSignalTypes(String protocol) throws Exception {
        Simulator.reset();
        GraphQLSocket acme = GraphQLSocket.open(graphql, protocol, GraphQL.ACME_KEY).initAndAwaitAck(null);
        try {
            acme.subscribe("companies", SIGNAL_EVENTS, Map.of("entityType", "COMPANY"));
            acme.subscribe("types", SIGNAL_EVENTS, Map.of("types", List.of("promotion", "SURGE_IN_HIRING")));
            acme.subscribe("all", SIGNAL_EVENTS, Map.of("types", List.of()));
            awaitOpen(GraphQL.ACME_KEY, 3, 0);

            bus.publishSignal(key(), "acme", signal("e1", EntityType.CONTACT, "promotion"));
            bus.publishSignal(key(), "acme", signal("e2", EntityType.COMPANY, "surgeInHiring"));
            bus.publishSignal(key(), "acme", signal("e3", EntityType.COMPANY, "riskNews"));
            bus.publishSignal(key(), "acme", signal("e4", EntityType.CONTACT, "companyChange"));
            bus.publishSignal(key(), "acme", signal("e5", EntityType.COMPANY, "surgeInHiring"));

            await().atMost(Duration.ofSeconds(10)).until(() -> ids(acme, "companies").contains("e5")
                    && ids(acme, "types").contains("e5") && ids(acme, "all").contains("e5"));
            assertThat(ids(acme, "companies")).containsExactly("e2", "e3", "e5");
            assertThat(ids(acme, "types")).containsExactly("e1", "e2", "e5");
            assertThat(ids(acme, "all")).containsExactly("e1", "e2", "e3", "e4", "e5");
            assertThat(Simulator.requests()).isEmpty();
        } finally {
            acme.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void completingASubscriptionStopsItsDelivery(String protocol) throws Exception {
        Simulator.reset();
        GraphQLSocket acme = GraphQLSocket.open(graphql, protocol, GraphQL.ACME_KEY).initAndAwaitAck(null);
        try {
            acme.subscribe("ended", SIGNAL_EVENTS, Map.of());
            acme.subscribe("kept", SIGNAL_EVENTS, Map.of());
            awaitOpen(GraphQL.ACME_KEY, 2, 0);
            bus.publishSignal(key(), "acme", signal("before", EntityType.CONTACT, "promotion"));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ids(acme, "ended").size() == 1 && ids(acme, "kept").size() == 1);

            acme.complete("ended");
            awaitOpen(GraphQL.ACME_KEY, 1, 0);
            bus.publishSignal(key(), "acme", signal("after", EntityType.CONTACT, "promotion"));

            await().atMost(Duration.ofSeconds(10)).until(() -> ids(acme, "kept").contains("after"));
            assertThat(ids(acme, "ended")).containsExactly("before");
            assertThat(ids(acme, "kept")).containsExactly("before", "after");
        } finally {
            acme.close();
        }
        awaitOpen(GraphQL.ACME_KEY, 0, 0);
    }

    @Test
    void aDeliveryProcessedAgainIsNotHandedOnTwice() throws Exception {
        GraphQLSocket acme = acmeSubscribedAs("s");
        try {
            String delivery = key();
            // as when a replica stopped after handing the event on and before marking the delivery done
            bus.publishSignal(delivery, "acme", signal("once", EntityType.CONTACT, "promotion"));
            bus.publishSignal(delivery, "acme", signal("once", EntityType.CONTACT, "promotion"));
            bus.publishSignal(key(), "acme", signal("next", EntityType.CONTACT, "promotion"));

            await().atMost(Duration.ofSeconds(10)).until(() -> ids(acme, "s").contains("next"));
            assertThat(ids(acme, "s")).containsExactly("once", "next");
        } finally {
            acme.close();
        }
        awaitOpen(GraphQL.ACME_KEY, 0, 0);
    }

    @Test
    void aBurstOfTwoThousandEventsReachesTheSubscriberWhole() throws Exception {
        GraphQLSocket acme = acmeSubscribedAs("s");
        try {
            for (int i = 0; i < 2_000; i++) {
                bus.publishSignal(key(), "acme", signal("burst-" + i, EntityType.CONTACT, "promotion"));
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> ids(acme, "s").size() == 2_000
                    || !acme.ofType("error").isEmpty());
            assertThat(acme.ofType("error")).isEmpty();
            assertThat(ids(acme, "s")).hasSize(2_000).startsWith("burst-0").endsWith("burst-1999");
        } finally {
            acme.close();
        }
        awaitOpen(GraphQL.ACME_KEY, 0, 0);
    }

    /** A fresh acme connection with one signalEvents subscription, open on the server. */
    private GraphQLSocket acmeSubscribedAs(String id) throws Exception {
        Simulator.reset();
        GraphQLSocket acme = GraphQLSocket.open(graphql, GraphQLSocket.TRANSPORT_WS, GraphQL.ACME_KEY)
                .initAndAwaitAck(null);
        acme.subscribe(id, SIGNAL_EVENTS, Map.of());
        awaitOpen(GraphQL.ACME_KEY, 1, 0);
        return acme;
    }
}
