package io.lushagraph.webhook.manage;

import static io.lushagraph.webhook.manage.WebhookApi.CREATE;
import static io.lushagraph.webhook.manage.WebhookApi.CREATE_OPT_OUT;
import static io.lushagraph.webhook.manage.WebhookApi.DELETE;
import static io.lushagraph.webhook.manage.WebhookApi.DELIVERIES;
import static io.lushagraph.webhook.manage.WebhookApi.GET;
import static io.lushagraph.webhook.manage.WebhookApi.LIST;
import static io.lushagraph.webhook.manage.WebhookApi.STATS;
import static io.lushagraph.webhook.manage.WebhookApi.TEST;
import static io.lushagraph.webhook.manage.WebhookApi.UPDATE;
import static io.lushagraph.webhook.manage.WebhookApi.create;
import static io.lushagraph.webhook.manage.WebhookApi.input;
import static io.lushagraph.webhook.manage.WebhookApi.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
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
import io.lushagraph.webhook.Delivery;
import io.lushagraph.webhook.Inbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;

/** Webhook subscriptions managed in GraphQL, per tenant; run on H2 and on PostgreSQL by the subclasses. */
abstract class WebhookManagementContract {

    private static final String ACME = GraphQL.ACME_KEY;
    private static final String GLOBEX = GraphQL.GLOBEX_KEY;

    @Inject
    Store store;
    @Inject
    Inbox inbox;

    @TestHTTPResource("/webhooks/lusha")
    String receiver;

    @BeforeEach
    void cleanSlate() throws Exception {
        Simulator.resetWebhooks();
        Deliveries.clean(store);
    }

    @Test
    void creationWithoutUrlPointsAtThisGatewayAndFirstMakesTheAccountSecret() {
        String person = Simulator.people(1, 0).get(0).get("id");
        String company = Simulator.companies(1, 0).get(0).get("id");

        JsonPath answer = send(ACME, CREATE, Map.of("inputs", List.of(
                input("CONTACT", person, List.of("promotion", "COMPANY_CHANGE")),
                input("COMPANY", company, null))));

        JsonPath first = new JsonPath(answer.prettify()).setRootPath("data.createWebhookSubscriptions[0].subscription");
        assertThat(first.getString("entityType")).isEqualTo("CONTACT");
        assertThat(first.getString("entityId")).isEqualTo(person);
        assertThat(first.getList("signalTypes")).containsExactly("promotion", "companyChange");
        assertThat(first.getString("url")).isEqualTo(receiver);
        assertThat(first.getBoolean("isActive")).isTrue();
        assertThat(first.getBoolean("optOut")).isFalse();
        assertThat(answer.getList("data.createWebhookSubscriptions[1].subscription.signalTypes"))
                .containsExactly("allSignals");
        assertThat(answer.getString("data.createWebhookSubscriptions[1].subscription.entityType")).isEqualTo("COMPANY");
        assertThat(answer.getList("data.createWebhookSubscriptions.error")).containsExactly(null, null);
        assertThat(Simulator.requests()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GET /api/account/secret", 1, "POST /api/account/secret/regenerate", 1, "POST /api/subscriptions", 1));
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(3);

        Simulator.reset();
        create(ACME, List.of(input("CONTACT", Simulator.people(1, 1).get(0).get("id"), null)));
        assertThat(Simulator.requests()).as("an existing secret is read, not replaced").containsExactlyInAnyOrderEntriesOf(
                Map.of("GET /api/account/secret", 1, "POST /api/subscriptions", 1));
    }

    @Test
    void eachInputSucceedsOrFailsAloneAndBadInputNeverReachesLusha() {
        List<Map<String, String>> people = Simulator.people(3, 10);
        String company = Simulator.companies(1, 10).get(0).get("id");
        create(ACME, List.of(input("CONTACT", people.get(1).get("id"), null)));
        Simulator.reset();

        List<Map<String, Object>> inputs = new ArrayList<>();
        inputs.add(input("CONTACT", people.get(0).get("id"), List.of("promotion")));
        inputs.add(input("CONTACT", people.get(1).get("id"), null));
        inputs.add(input("CONTACT", " ", null));
        inputs.add(input("COMPANY", company, List.of("promotion")));
        Map<String, Object> badUrl = new HashMap<>(input("CONTACT", people.get(2).get("id"), null));
        badUrl.put("url", "ftp://hooks.example.com/in");
        inputs.add(badUrl);
        Map<String, Object> longName = new HashMap<>(input("CONTACT", people.get(2).get("id"), null));
        longName.put("name", "n".repeat(101));
        inputs.add(longName);
        inputs.add(input("CONTACT", people.get(2).get("id"), List.of()));

        JsonPath answer = send(ACME, CREATE, Map.of("inputs", inputs));

        assertThat(answer.getString("data.createWebhookSubscriptions[0].subscription.entityId"))
                .isEqualTo(people.get(0).get("id"));
        assertThat(WebhookApi.codes(answer, "data.createWebhookSubscriptions")).containsExactly(null,
                "DUPLICATE_SUBSCRIPTION", "INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT",
                "INVALID_INPUT");
        assertThat(answer.getString("data.createWebhookSubscriptions[3].error.message")).contains("promotion");
        assertThat(answer.getString("data.createWebhookSubscriptions[4].error.message")).contains("url");
        assertThat(answer.getString("data.createWebhookSubscriptions[5].error.message")).contains("name");
        assertThat(Simulator.requests("POST /api/subscriptions")).isEqualTo(1);
        assertThat(Simulator.batchSizes("POST /api/subscriptions")).as("only what passed the gateway's checks")
                .containsExactly(3);
    }

    @Test
    void inputsGoToLusha25PerCallAndOneCallPerUrl() {
        List<Map<String, String>> people = Simulator.people(32, 100);
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            inputs.add(input("CONTACT", people.get(i).get("id"), null));
        }
        for (int i = 30; i < 32; i++) {
            Map<String, Object> elsewhere = new HashMap<>(input("CONTACT", people.get(i).get("id"), null));
            elsewhere.put("url", receiver + "?via=second");
            inputs.add(elsewhere);
        }

        List<String> ids = create(ACME, inputs);

        assertThat(ids).hasSize(32).doesNotHaveDuplicates();
        assertThat(Simulator.batchSizes("POST /api/subscriptions")).containsExactlyInAnyOrder(25, 5, 2);
        assertThat(send(ACME, LIST, Map.of("limit", 100, "offset", 0)).getInt("data.webhookSubscriptions.total"))
                .isEqualTo(32);
    }

    @Test
    void aTenantSeesAndChangesOnlyItsOwnSubscriptions() {
        String acmeOwn = create(ACME, List.of(input("CONTACT", Simulator.people(1, 200).get(0).get("id"), null)))
                .get(0);
        String globexOwn = create(GLOBEX, List.of(input("COMPANY", Simulator.companies(1, 200).get(0).get("id"),
                null))).get(0);
        Simulator.reset();

        assertNotFound(send(GLOBEX, GET, Map.of("id", acmeOwn)));
        assertNotFound(send(GLOBEX, UPDATE, Map.of("id", acmeOwn, "input", Map.of("name", "mine now"))));
        assertNotFound(send(GLOBEX, TEST, Map.of("id", acmeOwn)));
        assertNotFound(send(GLOBEX, DELIVERIES, Map.of("id", acmeOwn)));
        assertNotFound(send(GLOBEX, STATS, Map.of("id", acmeOwn)));
        JsonPath deletion = send(GLOBEX, DELETE, Map.of("ids", List.of(acmeOwn)));
        assertThat(deletion.getList("data.deleteWebhookSubscriptions.deleted")).containsExactly(false);
        assertThat(WebhookApi.codes(deletion, "data.deleteWebhookSubscriptions")).containsExactly("NOT_FOUND");
        assertThat(Simulator.requests()).as("another tenant's subscription never reaches Lusha").isEmpty();

        JsonPath globexList = send(GLOBEX, LIST, Map.of("limit", 10, "offset", 0));
        assertThat(globexList.getList("data.webhookSubscriptions.items.id")).containsExactly(globexOwn);
        assertThat(globexList.getInt("data.webhookSubscriptions.total")).isEqualTo(1);
        JsonPath acmeOne = send(ACME, GET, Map.of("id", acmeOwn));
        assertThat(acmeOne.getString("data.webhookSubscription.id")).isEqualTo(acmeOwn);
        assertThat(acmeOne.getString("data.webhookSubscription.name")).isNull();
    }

    @Test
    void listsPageTheTenantsOwnNewestFirstWithOneLushaCall() {
        List<Map<String, String>> people = Simulator.people(8, 300);
        List<String> acme = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acme.addAll(create(ACME, List.of(input("CONTACT", people.get(i).get("id"), null))));
            if (i < 3) {
                create(GLOBEX, List.of(input("CONTACT", people.get(5 + i).get("id"), null)));
            }
        }
        Simulator.reset();

        JsonPath page = send(ACME, LIST, Map.of("limit", 2, "offset", 1));

        assertThat(page.getInt("data.webhookSubscriptions.total")).isEqualTo(5);
        assertThat(page.getList("data.webhookSubscriptions.items.id")).containsExactly(acme.get(3), acme.get(2));
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of("GET /api/subscriptions", 1));
        assertThat(send(GLOBEX, LIST, Map.of("limit", 10, "offset", 0)).getInt("data.webhookSubscriptions.total"))
                .isEqualTo(3);
    }

    @Test
    void updatesTestsAndReadsDeliveries() {
        String person = Simulator.people(1, 400).get(0).get("id");
        String id = create(ACME, List.of(input("CONTACT", person, List.of("promotion")))).get(0);

        JsonPath updated = send(ACME, UPDATE, Map.of("id", id, "input",
                Map.of("name", "Promotions of one", "signalTypes", List.of("promotion", "companyChange"))));
        assertThat(updated.getString("data.updateWebhookSubscription.name")).isEqualTo("Promotions of one");
        assertThat(updated.getList("data.updateWebhookSubscription.signalTypes"))
                .containsExactly("promotion", "companyChange");
        assertThat(send(ACME, UPDATE, Map.of("id", id, "input", Map.of())).getString("errors[0].extensions.code"))
                .isEqualTo("INVALID_INPUT");

        JsonPath tested = send(ACME, TEST, Map.of("id", id, "mode", "FULL"));
        assertThat(tested.getBoolean("data.testWebhookSubscription.success")).isTrue();
        assertThat(tested.getInt("data.testWebhookSubscription.statusCode")).isEqualTo(201);
        assertThat(tested.getString("data.testWebhookSubscription.mode")).isEqualTo("full");

        assertThat(Simulator.emitSignal("contact", person, "promotion")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> send(ACME, DELIVERIES, Map.of("id", id))
                .getInt("data.webhookDeliveries.total") == 1);
        JsonPath deliveries = send(ACME, DELIVERIES, Map.of("id", id, "status", "SUCCESS"));
        assertThat(deliveries.getString("data.webhookDeliveries.items[0].subscriptionId")).isEqualTo(id);
        assertThat(deliveries.getString("data.webhookDeliveries.items[0].status")).isEqualTo("SUCCESS");
        assertThat(deliveries.getInt("data.webhookDeliveries.items[0].statusCode")).isEqualTo(201);
        assertThat(deliveries.getString("data.webhookDeliveries.items[0].url")).isEqualTo(receiver);

        JsonPath one = send(ACME, STATS, Map.of("id", id));
        assertThat(one.getLong("data.webhookDeliveryStats.total")).isEqualTo(1);
        assertThat(one.getDouble("data.webhookDeliveryStats.successRate")).isEqualTo(1.0);
        Map<String, Object> all = new HashMap<>();
        all.put("id", null);
        assertThat(send(ACME, STATS, all).getLong("data.webhookDeliveryStats.success")).isEqualTo(1);
        assertThat(send(GLOBEX, STATS, all).getLong("data.webhookDeliveryStats.total")).isZero();
    }

    @Test
    void statsCountTheTenantsOwnQuarantinedDeliveries() throws Exception {
        List<Map<String, String>> people = Simulator.people(2, 600);
        String watched = create(ACME, List.of(input("CONTACT", people.get(0).get("id"), null))).get(0);
        String other = create(ACME, List.of(input("CONTACT", people.get(1).get("id"), null))).get(0);
        long now = System.currentTimeMillis();
        inbox.insert(new Delivery("q-1", Delivery.UNKNOWN, Inbox.QUARANTINED, "{}", Delivery.INVALID_SIGNAL, watched,
                null), now);
        inbox.insert(new Delivery("q-2", Delivery.UNKNOWN, Inbox.QUARANTINED, "{}", Delivery.NOT_KNOWN, watched, null),
                now);
        inbox.insert(new Delivery("q-3", Delivery.SIGNAL, Inbox.PENDING, "{}", null, other, null), now);
        inbox.insert(new Delivery("q-4", Delivery.UNKNOWN, Inbox.QUARANTINED, "{}", Delivery.NOT_KNOWN, "elsewhere",
                null), now);
        Map<String, Object> all = new HashMap<>();
        all.put("id", null);

        assertThat(send(ACME, STATS, Map.of("id", watched)).getInt("data.webhookDeliveryStats.quarantined"))
                .isEqualTo(2);
        assertThat(send(ACME, STATS, Map.of("id", other)).getInt("data.webhookDeliveryStats.quarantined")).isZero();
        assertThat(send(ACME, STATS, all).getInt("data.webhookDeliveryStats.quarantined")).isEqualTo(2);
        assertThat(send(GLOBEX, STATS, all).getInt("data.webhookDeliveryStats.quarantined")).isZero();
    }

    @Test
    void deletionReportsEachIdAndForgetsTheOwner() {
        List<Map<String, String>> people = Simulator.people(2, 500);
        List<String> ids = create(ACME, List.of(input("CONTACT", people.get(0).get("id"), null),
                input("CONTACT", people.get(1).get("id"), null)));
        Simulator.reset();

        JsonPath deleted = send(ACME, DELETE, Map.of("ids", List.of(ids.get(0), "0123456789abcdef01234567",
                ids.get(1), ids.get(0))));

        assertThat(deleted.getList("data.deleteWebhookSubscriptions.id")).containsExactly(ids.get(0),
                "0123456789abcdef01234567", ids.get(1), ids.get(0));
        assertThat(deleted.getList("data.deleteWebhookSubscriptions.deleted")).containsExactly(true, false, true, true);
        assertThat(WebhookApi.codes(deleted, "data.deleteWebhookSubscriptions")).containsExactly(null, "NOT_FOUND",
                null, null);
        assertThat(Simulator.batchSizes("POST /api/subscriptions/delete")).containsExactly(2);
        assertThat(send(ACME, LIST, Map.of("limit", 10, "offset", 0)).getInt("data.webhookSubscriptions.total"))
                .isZero();
        assertNotFound(send(ACME, GET, Map.of("id", ids.get(0))));
    }

    @Test
    void theAccountHasOneOptOutSubscription() {
        JsonPath created = send(ACME, CREATE_OPT_OUT, Map.of("input", Map.of("name", "Opt-outs")));
        assertThat(created.getBoolean("data.createOptOutSubscription.optOut")).isTrue();
        assertThat(created.getList("data.createOptOutSubscription.signalTypes")).containsExactly("optOut");
        assertThat(created.getString("data.createOptOutSubscription.url")).isEqualTo(receiver);

        JsonPath again = send(GLOBEX, CREATE_OPT_OUT, Map.of());
        assertThat(again.getString("errors[0].extensions.code")).isEqualTo("DUPLICATE_SUBSCRIPTION");
        Simulator.reset();
        JsonPath notAdmin = send("plain-test-key", CREATE_OPT_OUT, Map.of());
        assertThat(notAdmin.getString("errors[0].extensions.code")).as("account-wide: admins only")
                .isEqualTo("FORBIDDEN");
        assertThat(Simulator.requests()).isEmpty();
        assertThat(send(ACME, LIST, Map.of("limit", 10, "offset", 0)).getList("data.webhookSubscriptions.items.optOut"))
                .containsExactly(true);
    }

    @Test
    void outOfRangeArgumentsAreRefusedBeforeAnyCall() {
        Simulator.reset();
        assertThat(send(ACME, LIST, Map.of("limit", 0, "offset", 0)).getString("errors[0].extensions.code"))
                .isEqualTo("INVALID_INPUT");
        assertThat(send(ACME, CREATE, Map.of("inputs", List.of())).getString("errors[0].extensions.code"))
                .isEqualTo("INVALID_INPUT");
        assertThat(send(ACME, DELETE, Map.of("ids", List.of())).getString("errors[0].extensions.code"))
                .isEqualTo("INVALID_INPUT");
        assertThat(Simulator.requests()).isEmpty();
    }

    private static void assertNotFound(JsonPath answer) {
        assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo("NOT_FOUND");
    }
}
