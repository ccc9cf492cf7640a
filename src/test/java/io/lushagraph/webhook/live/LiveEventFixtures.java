package io.lushagraph.webhook.live;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.lushagraph.GraphQL;
import io.lushagraph.catalog.EntityType;
import io.lushagraph.signal.Signal;
import io.lushagraph.webhook.events.OptOutEvent;
import io.lushagraph.webhook.events.OptOutEvent.OptOutDatapoint;
import io.lushagraph.webhook.events.SignalEvent;
import io.restassured.path.json.JsonPath;

/** Events to publish on the bus, and a wait for a tenant's subscriptions to be open, for the live event tests. */
final class LiveEventFixtures {

    static final String SIGNAL_EVENTS = """
            subscription($entityType: EntityType, $types: [String]) {
              signalEvents(entityType: $entityType, types: $types) {
                id type entityType entityId subscriptionId timestamp signal { type date currentTitle }
              }
            }""";

    static final String OPT_OUT_EVENTS = """
            subscription { optOutEvents { contactId optOutDate datapoints { value type } partnerClientId } }""";

    private LiveEventFixtures() {
    }

    /** A delivery key of its own, as the inbox gives each stored delivery. */
    static String key() {
        return java.util.UUID.randomUUID().toString();
    }

    static SignalEvent signal(String id, EntityType entityType, String type) {
        Signal signal = new Signal(type, LocalDate.of(2025, 12, 1), null, "VP Sales", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        return new SignalEvent(id, type, entityType, "4711", "sub-" + id, "2026-01-02T03:04:05Z", signal);
    }

    static OptOutEvent optOut(String contactId) {
        return new OptOutEvent(contactId, "2026-01-02T03:04:05Z",
                List.of(new OptOutDatapoint("jane.doe@acme.example", "email"),
                        new OptOutDatapoint("+14155550199", "phone")),
                "crm-77");
    }

    /** The tenant's open live subscriptions, as {@code liveSubscriptions} reports them. */
    static JsonPath open(String tenantKey) {
        return GraphQL.post(tenantKey, "{ liveSubscriptions { signalEvents optOutEvents } }", Map.of())
                .statusCode(200).extract().jsonPath();
    }

    /** Waits until the tenant has exactly this many subscriptions of each kind open. */
    static void awaitOpen(String tenantKey, int signalEvents, int optOutEvents) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonPath open = open(tenantKey);
            return open.getInt("data.liveSubscriptions.signalEvents") == signalEvents
                    && open.getInt("data.liveSubscriptions.optOutEvents") == optOutEvents;
        });
    }

    static List<String> ids(GraphQLSocket socket, String subscription) {
        return socket.data(subscription).stream().map(p -> p.path("data").path("signalEvents").path("id").asText())
                .toList();
    }
}
