package io.lushagraph.webhook.live;

import static io.lushagraph.webhook.live.LiveEventFixtures.SIGNAL_EVENTS;
import static io.lushagraph.webhook.live.LiveEventFixtures.awaitOpen;
import static io.lushagraph.webhook.live.LiveEventFixtures.ids;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.store.Store;
import io.lushagraph.webhook.Deliveries;
import io.lushagraph.webhook.SubscriptionOwners;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Lusha allows one subscription per entity per account: tenants that watch the same entity share it, each receiving
 * its events and seeing its own view, and Lusha's subscription goes when its last owner deletes it.
 */
@QuarkusTest
class SharedSubscriptionTest {

    private static final String ACME = GraphQL.ACME_KEY;
    private static final String GLOBEX = GraphQL.GLOBEX_KEY;
    private static final String CREATE = """
            mutation($inputs: [WebhookSubscriptionInput!]!) {
              createWebhookSubscriptions(inputs: $inputs) {
                subscription { id entityId signalTypes name url } error { code message }
              }
            }""";
    private static final String LIST = """
            { webhookSubscriptions(limit: 100) { total items { id signalTypes name } } }""";
    private static final String UPDATE = """
            mutation($id: ID!, $input: WebhookSubscriptionUpdate!) {
              updateWebhookSubscription(id: $id, input: $input) { id signalTypes name url }
            }""";
    private static final String DELETE = """
            mutation($ids: [String!]!) { deleteWebhookSubscriptions(ids: $ids) { id deleted error { code } } }""";

    @TestHTTPResource("/graphql")
    URI graphql;

    @TestHTTPResource("/webhooks/lusha")
    String receiver;

    @Inject
    Store store;

    @Inject
    SubscriptionOwners owners;

    @BeforeEach
    void cleanSlate() throws Exception {
        Simulator.resetWebhooks();
        Deliveries.clean(store);
    }

    @Test
    void twoTenantsShareOneLushaSubscriptionUntilTheLastDeletesIt() throws Exception {
        String person = Simulator.people(1, 8_000).get(0).get("id");
        String acmeId = subscription(send(ACME, CREATE, inputs(person, null, null)));
        Simulator.reset();

        JsonPath globexAnswer = send(GLOBEX, CREATE, inputs(person, null, null));

        String globexId = subscription(globexAnswer);
        assertThat(globexId).as("the account's one subscription, shared").isEqualTo(acmeId);
        assertThat(Simulator.requests("POST /api/subscriptions")).isEqualTo(1);
        assertThat(Simulator.requests("PATCH /api/subscriptions/{id}")).as("allSignals covers allSignals").isZero();
        assertThat(accountTotal()).isEqualTo(1);
        assertThat(owners.owners(acmeId)).extracting(SubscriptionOwners.Owner::tenant)
                .containsExactlyInAnyOrder("acme", "globex");
        assertThat(listedIds(ACME)).containsExactly(acmeId);
        assertThat(listedIds(GLOBEX)).containsExactly(acmeId);

        GraphQLSocket acme = GraphQLSocket.open(graphql, GraphQLSocket.TRANSPORT_WS, ACME).initAndAwaitAck(null);
        GraphQLSocket globex = GraphQLSocket.open(graphql, GraphQLSocket.TRANSPORT_WS, GLOBEX).initAndAwaitAck(null);
        try {
            acme.subscribe("s", SIGNAL_EVENTS, Map.of());
            globex.subscribe("s", SIGNAL_EVENTS, Map.of());
            awaitOpen(ACME, 1, 0);
            awaitOpen(GLOBEX, 1, 0);

            assertThat(Simulator.emitSignal("contact", person, "promotion")).as("one Lusha subscription").isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> ids(acme, "s").size() == 1
                    && ids(globex, "s").size() == 1);
            assertThat(globex.data("s").get(0).path("data").path("signalEvents").path("entityId").asText())
                    .isEqualTo(person);

            Simulator.reset();
            JsonPath globexDeleted = send(GLOBEX, DELETE, Map.of("ids", List.of(acmeId)));
            assertThat(globexDeleted.getList("data.deleteWebhookSubscriptions.deleted")).containsExactly(true);
            assertThat(Simulator.requests("POST /api/subscriptions/delete")).as("acme still owns it").isZero();
            assertThat(accountTotal()).isEqualTo(1);
            assertThat(listedIds(GLOBEX)).isEmpty();
            assertThat(listedIds(ACME)).containsExactly(acmeId);

            assertThat(Simulator.emitSignal("contact", person, "companyChange")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> ids(acme, "s").size() == 2);
            assertThat(ids(globex, "s")).as("globex no longer receives it").hasSize(1);

            JsonPath acmeDeleted = send(ACME, DELETE, Map.of("ids", List.of(acmeId)));
            assertThat(acmeDeleted.getList("data.deleteWebhookSubscriptions.deleted")).containsExactly(true);
            assertThat(Simulator.batchSizes("POST /api/subscriptions/delete")).as("the last owner's goes")
                    .containsExactly(1);
            assertThat(accountTotal()).isZero();
            assertThat(owners.owners(acmeId)).isEmpty();
        } finally {
            acme.close();
            globex.close();
        }
    }

    @Test
    void eachOwnerSeesAndReceivesOnlyTheSignalTypesItAskedFor() throws Exception {
        String person = Simulator.people(1, 8_100).get(0).get("id");
        String id = subscription(send(ACME, CREATE, inputs(person, List.of("promotion"), "Acme's watch")));
        Simulator.reset();

        JsonPath globexAnswer = send(GLOBEX, CREATE, inputs(person, List.of("companyChange"), null));

        assertThat(subscription(globexAnswer)).isEqualTo(id);
        assertThat(globexAnswer.getList("data.createWebhookSubscriptions[0].subscription.signalTypes"))
                .containsExactly("companyChange");
        assertThat(globexAnswer.getString("data.createWebhookSubscriptions[0].subscription.name"))
                .as("another tenant's name is not shown").isNull();
        assertThat(Simulator.requests("PATCH /api/subscriptions/{id}")).as("Lusha's widened once").isEqualTo(1);
        List<String> lushaTypes = given().header("api_key", "sim-key").get("/lusha-sim/api/subscriptions/" + id)
                .then().statusCode(200).extract().path("signalTypes");
        assertThat(lushaTypes).containsExactlyInAnyOrder("promotion", "companyChange");
        JsonPath acmeList = send(ACME, LIST, Map.of());
        assertThat(acmeList.getList("data.webhookSubscriptions.items[0].signalTypes")).containsExactly("promotion");
        assertThat(acmeList.getString("data.webhookSubscriptions.items[0].name")).isEqualTo("Acme's watch");

        JsonPath renamed = send(GLOBEX, UPDATE, Map.of("id", id, "input", Map.of("name", "Globex's own")));
        assertThat(renamed.getString("data.updateWebhookSubscription.name")).isEqualTo("Globex's own");
        assertThat(send(ACME, LIST, Map.of()).getString("data.webhookSubscriptions.items[0].name"))
                .isEqualTo("Acme's watch");
        JsonPath tested = send(GLOBEX, "mutation($id: ID!) { testWebhookSubscription(id: $id) { success } }",
                Map.of("id", id));
        assertThat(tested.getString("errors[0].extensions.code")).as("a FULL test would reach acme")
                .isEqualTo("INVALID_INPUT");
        JsonPath moved = send(GLOBEX, UPDATE, Map.of("id", id, "input", Map.of("url", receiver + "?moved=1")));
        assertThat(moved.getString("errors[0].extensions.code")).as("the url serves acme too")
                .isEqualTo("INVALID_INPUT");

        GraphQLSocket acme = GraphQLSocket.open(graphql, GraphQLSocket.TRANSPORT_WS, ACME).initAndAwaitAck(null);
        GraphQLSocket globex = GraphQLSocket.open(graphql, GraphQLSocket.TRANSPORT_WS, GLOBEX).initAndAwaitAck(null);
        try {
            acme.subscribe("s", SIGNAL_EVENTS, Map.of());
            globex.subscribe("s", SIGNAL_EVENTS, Map.of());
            awaitOpen(ACME, 1, 0);
            awaitOpen(GLOBEX, 1, 0);

            assertThat(Simulator.emitSignal("contact", person, "companyChange")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> ids(globex, "s").size() == 1);
            assertThat(Simulator.emitSignal("contact", person, "promotion")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> ids(acme, "s").size() == 1);

            assertThat(acme.data("s").get(0).path("data").path("signalEvents").path("type").asText())
                    .isEqualTo("promotion");
            assertThat(ids(globex, "s")).hasSize(1);
            assertThat(globex.data("s").get(0).path("data").path("signalEvents").path("type").asText())
                    .isEqualTo("companyChange");
        } finally {
            acme.close();
            globex.close();
        }
    }

    @Test
    void anEntityDeliveredElsewhereCannotBeSharedAndLushasMessageNeverReachesTheTenant() {
        String person = Simulator.people(1, 8_200).get(0).get("id");
        subscription(send(ACME, CREATE, inputs(person, null, null)));

        Map<String, Object> elsewhere = new HashMap<>(Map.of("entityType", "CONTACT", "entityId", person));
        elsewhere.put("url", receiver + "?via=globex");
        JsonPath refused = send(GLOBEX, CREATE, Map.of("inputs", List.of(elsewhere)));
        JsonPath again = send(ACME, CREATE, inputs(person, null, null));

        for (JsonPath answer : List.of(refused, again)) {
            assertThat(answer.getString("data.createWebhookSubscriptions[0].error.code"))
                    .isEqualTo("DUPLICATE_SUBSCRIPTION");
            assertThat(answer.getString("data.createWebhookSubscriptions[0].error.message"))
                    .doesNotContain(person).doesNotContain("Lusha:");
        }
        assertThat(accountTotal()).isEqualTo(1);
        assertThat(listedIds(GLOBEX)).isEmpty();
    }

    private static Map<String, Object> inputs(String person, List<String> types, String name) {
        Map<String, Object> input = new HashMap<>(Map.of("entityType", "CONTACT", "entityId", person));
        if (types != null) {
            input.put("signalTypes", types);
        }
        if (name != null) {
            input.put("name", name);
        }
        return Map.of("inputs", List.of(input));
    }

    private static JsonPath send(String tenantKey, String document, Map<String, Object> variables) {
        return GraphQL.post(tenantKey, document, variables).statusCode(200).extract().jsonPath();
    }

    private static String subscription(JsonPath answer) {
        String id = answer.getString("data.createWebhookSubscriptions[0].subscription.id");
        assertThat(id).as(answer.prettify()).isNotNull();
        return id;
    }

    private static List<String> listedIds(String tenantKey) {
        return send(tenantKey, LIST, Map.of()).getList("data.webhookSubscriptions.items.id");
    }

    private static int accountTotal() {
        return given().header("api_key", "sim-key").get("/lusha-sim/api/subscriptions").then().statusCode(200)
                .extract().path("pagination.total");
    }
}
