package io.lushagraph.webhook.live;

import static io.lushagraph.webhook.live.LiveEventFixtures.OPT_OUT_EVENTS;
import static io.lushagraph.webhook.live.LiveEventFixtures.SIGNAL_EVENTS;
import static io.lushagraph.webhook.live.LiveEventFixtures.awaitOpen;
import static io.lushagraph.webhook.live.LiveEventFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.optout.Suppressions;
import io.lushagraph.store.Store;
import io.lushagraph.webhook.Deliveries;
import io.lushagraph.webhook.LogCapture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;

/**
 * Webhooks end to end, with nothing stood in for: subscriptions made through GraphQL, signals and opt-outs emitted
 * by the simulated Lusha, delivered signed to this gateway's receiver, stored, processed and streamed to tenants'
 * WebSocket subscribers. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class EndToEndContract {

    static final String CREATE = """
            mutation($inputs: [WebhookSubscriptionInput!]!) {
              createWebhookSubscriptions(inputs: $inputs) { subscription { id url } error { code message } }
            }""";
    static final String CREATE_OPT_OUT = "mutation { createOptOutSubscription { id optOut } }";
    static final String PERSONS = """
            query($lookups: [PersonLookup!]!) {
              persons(lookups: $lookups, options: { revealEmails: true, revealPhones: true }) {
                person { id emails { address } phones { number } }
              }
            }""";
    static final String OPT_OUTS = "{ optOuts(limit: 10) { contactId datapointCount } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    Store store;

    @Inject
    Suppressions suppressions;

    @BeforeEach
    void cleanSlate() throws Exception {
        Simulator.resetWebhooks();
        Deliveries.clean(store);
        suppressions.reload();
    }

    @Test
    void aSignalReachesOnlyTheTenantThatSubscribedThroughGraphQL() throws Exception {
        String person = Simulator.people(1, 600).get(0).get("id");
        String company = Simulator.companies(1, 600).get(0).get("id");
        String acmeSubscription = subscribe(GraphQL.ACME_KEY, "CONTACT", person);
        String globexSubscription = subscribe(GraphQL.GLOBEX_KEY, "COMPANY", company);

        GraphQLSocket acme = GraphQLSocket.open(graphql, GraphQLSocket.TRANSPORT_WS, GraphQL.ACME_KEY)
                .initAndAwaitAck(null);
        GraphQLSocket globex = GraphQLSocket.open(graphql, GraphQLSocket.GRAPHQL_WS, null)
                .initAndAwaitAck(GraphQL.GLOBEX_KEY);
        try {
            acme.subscribe("s", SIGNAL_EVENTS, Map.of());
            globex.subscribe("s", SIGNAL_EVENTS, Map.of());
            awaitOpen(GraphQL.ACME_KEY, 1, 0);
            awaitOpen(GraphQL.GLOBEX_KEY, 1, 0);

            assertThat(Simulator.emitSignal("contact", person, "promotion")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> ids(acme, "s").size() == 1);
            assertThat(Simulator.emitSignal("company", company, "websiteTrafficIncrease")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> ids(globex, "s").size() == 1);
            assertThat(Simulator.emitSignal("contact", person, "companyChange")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> ids(acme, "s").size() == 2);

            JsonNode promotion = acme.data("s").get(0).path("data").path("signalEvents");
            assertThat(promotion.path("type").asText()).isEqualTo("promotion");
            assertThat(promotion.path("entityType").asText()).isEqualTo("CONTACT");
            assertThat(promotion.path("entityId").asText()).isEqualTo(person);
            assertThat(promotion.path("subscriptionId").asText()).isEqualTo(acmeSubscription);
            assertThat(promotion.path("signal").path("type").asText()).isEqualTo("PROMOTION");
            assertThat(acme.data("s").get(1).path("data").path("signalEvents").path("type").asText())
                    .isEqualTo("companyChange");

            assertThat(globex.data("s")).as("globex receives its own event and never acme's").hasSize(1);
            JsonNode traffic = globex.data("s").get(0).path("data").path("signalEvents");
            assertThat(traffic.path("subscriptionId").asText()).isEqualTo(globexSubscription);
            assertThat(traffic.path("entityType").asText()).isEqualTo("COMPANY");
            assertThat(traffic.path("entityId").asText()).isEqualTo(company);
        } finally {
            acme.close();
            globex.close();
        }
    }

    @Test
    void anOptOutRemovesTheContactsDatapointsFromEveryTenantsAnswers() throws Exception {
        JsonPath created = GraphQL.ok(CREATE_OPT_OUT, Map.of());
        assertThat(created.getBoolean("data.createOptOutSubscription.optOut")).as(created.prettify()).isTrue();
        GraphQLSocket globex = GraphQLSocket.open(graphql, GraphQLSocket.TRANSPORT_WS, GraphQL.GLOBEX_KEY)
                .initAndAwaitAck(null);
        try (LogCapture logs = LogCapture.start()) {
            globex.subscribe("o", OPT_OUT_EVENTS, Map.of());
            awaitOpen(GraphQL.GLOBEX_KEY, 0, 1);
            Map<String, Object> person = revealedPerson(GraphQL.ACME_KEY, 95_000);
            String id = (String) person.get("id");
            List<String> emails = values(person, "emails", "address");
            List<String> phones = values(person, "phones", "number");
            assertThat(revealed(GraphQL.GLOBEX_KEY, id)).as("before the opt-out both tenants see it")
                    .isEqualTo(person);

            // Lusha keeps serving the datapoints: what hides them from here on is the gateway alone.
            assertThat(Simulator.emitOptOut(id, true)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).until(() -> GraphQL.ok(OPT_OUTS, Map.of())
                    .getList("data.optOuts.contactId").contains(id));

            for (String tenant : List.of(GraphQL.ACME_KEY, GraphQL.GLOBEX_KEY)) {
                Map<String, Object> after = revealed(tenant, id);
                assertThat(after.get("id")).isEqualTo(id);
                assertThat((List<?>) after.get("emails")).isEmpty();
                assertThat((List<?>) after.get("phones")).isEmpty();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> globex.data("o").size() == 1);
            JsonNode event = globex.data("o").get(0).path("data").path("optOutEvents");
            assertThat(event.path("contactId").asText()).isEqualTo(id);
            List<String> datapoints = new ArrayList<>();
            event.path("datapoints").forEach(d -> datapoints.add(d.path("value").asText()));
            assertThat(datapoints).containsAll(emails).containsAll(phones);

            String logged = logs.text();
            assertThat(logs.size()).isPositive();
            emails.forEach(email -> assertThat(logged).doesNotContain(email));
            phones.forEach(phone -> assertThat(logged).doesNotContain(phone));
        } finally {
            globex.close();
        }
    }

    private static String subscribe(String tenantKey, String entityType, String entityId) {
        JsonPath answer = GraphQL.post(tenantKey, CREATE, Map.of("inputs",
                List.of(Map.of("entityType", entityType, "entityId", entityId)))).statusCode(200).extract()
                .jsonPath();
        String id = answer.getString("data.createWebhookSubscriptions[0].subscription.id");
        assertThat(id).as(answer.prettify()).isNotNull();
        assertThat(answer.getString("data.createWebhookSubscriptions[0].subscription.url")).endsWith("/webhooks/lusha");
        return id;
    }

    /** The first of ten people from {@code offset} with both emails and phones. */
    private static Map<String, Object> revealedPerson(String tenantKey, int offset) {
        List<Map<String, Object>> lookups = new ArrayList<>();
        Simulator.people(10, offset).forEach(p -> lookups.add(Map.of("id", p.get("id"))));
        List<Map<String, Object>> people = GraphQL.post(tenantKey, PERSONS, Map.of("lookups", lookups))
                .statusCode(200).extract().jsonPath().getList("data.persons.person");
        return people.stream().filter(p -> p != null && !((List<?>) p.get("emails")).isEmpty()
                && !((List<?>) p.get("phones")).isEmpty()).findFirst().orElseThrow();
    }

    private static Map<String, Object> revealed(String tenantKey, String id) {
        return GraphQL.post(tenantKey, PERSONS, Map.of("lookups", List.of(Map.of("id", id)))).statusCode(200)
                .extract().jsonPath().getMap("data.persons[0].person");
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, Object> person, String list, String field) {
        return ((List<Map<String, String>>) person.get(list)).stream().map(m -> m.get(field)).toList();
    }
}
