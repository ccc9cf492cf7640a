package io.lushagraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.store.Store;
import io.lushagraph.tenant.InboundRateLimiter;
import io.lushagraph.webhook.Deliveries;
import io.lushagraph.webhook.Delivery;
import io.lushagraph.webhook.Inbox;
import io.lushagraph.webhook.InboxWorker;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** After known traffic, {@code /q/metrics} shows the counts a scraper expects, and no contact data or key. */
@QuarkusTest
class MetricsTest {

    static final String PERSON_BULK = "POST /v2/person";
    static final String WINDOW_FILL = "lusha_graph_coalescing_window_fill";
    static final String PERSON = """
            query($id: ID) { person(lookup: { id: $id }) { id emails { address } phones { number } } }""";

    @Inject
    InboundRateLimiter limiter;
    @Inject
    Store store;
    @Inject
    Inbox inbox;
    @Inject
    InboxWorker worker;

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void reset() {
        Simulator.reset();
        limiter.forget("limited");
    }

    @Test
    void upstreamCallsBatchSizesAndQuotaAreMeasuredByEndpointAndWindow() {
        double calls = Metrics.sum("lusha_upstream_requests_total", Map.of("endpoint", PERSON_BULK, "status", "200"));
        double batches = Metrics.sum("lusha_upstream_batch_size_count", Map.of("endpoint", PERSON_BULK));
        double items = Metrics.sum("lusha_upstream_batch_size_sum", Map.of("endpoint", PERSON_BULK));
        double windows = Metrics.sum(WINDOW_FILL + "_count", Map.of("endpoint", PERSON_BULK));
        List<Map<String, String>> people = Simulator.people(150, 15_000);
        List<Map<String, Object>> lookups = new ArrayList<>();
        people.forEach(p -> lookups.add(Map.of("id", p.get("id"))));

        GraphQL.ok("query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id emails { address } } } }",
                Map.of("l", lookups));

        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(2);
        assertThat(Metrics.sum("lusha_upstream_requests_total", Map.of("endpoint", PERSON_BULK, "status", "200"))
                - calls).isEqualTo(2);
        assertThat(Metrics.sum("lusha_upstream_batch_size_count", Map.of("endpoint", PERSON_BULK)) - batches)
                .isEqualTo(2);
        assertThat(Metrics.sum("lusha_upstream_batch_size_sum", Map.of("endpoint", PERSON_BULK)) - items)
                .isEqualTo(150);
        assertThat(Metrics.sum(WINDOW_FILL + "_count", Map.of("endpoint", PERSON_BULK)) - windows)
                .as("a list from one request is chunked at once, not through a window").isZero();
        assertThat(Metrics.sum("lusha_upstream_quota_remaining", Map.of("account", "default", "window", "daily")))
                .as("the simulator's daily quota after its reset and two calls").isEqualTo(100_000 - 2);
        String page = Metrics.page();
        assertThat(page).doesNotContain("sim-key").doesNotContain("@").doesNotContain(people.get(0).get("email"));
    }

    @Test
    void eachCoalescingWindowRecordsHowManyLookupsItFlushed() throws Exception {
        List<Map<String, String>> people = Simulator.people(40, 15_500);
        double windows = Metrics.sum(WINDOW_FILL + "_count", Map.of("endpoint", PERSON_BULK));
        double keys = Metrics.sum(WINDOW_FILL + "_sum", Map.of("endpoint", PERSON_BULK));

        ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, PERSON,
                people.stream().map(p -> Map.<String, Object> of("id", p.get("id"))).toList());

        int calls = Simulator.requests(PERSON_BULK);
        assertThat(calls).isBetween(1, 40);
        assertThat(Metrics.sum(WINDOW_FILL + "_count", Map.of("endpoint", PERSON_BULK)) - windows).isEqualTo(calls);
        assertThat(Metrics.sum(WINDOW_FILL + "_sum", Map.of("endpoint", PERSON_BULK)) - keys).isEqualTo(40);
    }

    @Test
    void cacheGetsAndCreditsAreCountedByCacheResultAndTenant() {
        Map<String, String> person = Simulator.people(1, 15_800).get(0);
        double misses = Metrics.sum("cache_gets_total", Map.of("cache", "person-enrichment", "result", "miss"));
        double hits = Metrics.sum("cache_gets_total", Map.of("cache", "person-enrichment", "result", "hit"));
        double reserved = Metrics.sum("gateway_credits_total", Map.of("tenant", "acme", "outcome", "reserved"));
        double refunded = Metrics.sum("gateway_credits_total", Map.of("tenant", "acme", "outcome", "refunded"));

        JsonPath first = GraphQL.ok(PERSON, Map.of("id", person.get("id")));
        JsonPath second = GraphQL.ok(PERSON, Map.of("id", person.get("id")));

        long charged = first.getLong("extensions.cost.creditsCharged");
        assertThat(second.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(1);
        assertThat(Metrics.sum("cache_gets_total", Map.of("cache", "person-enrichment", "result", "miss")) - misses)
                .isEqualTo(1);
        assertThat(Metrics.sum("cache_gets_total", Map.of("cache", "person-enrichment", "result", "hit")) - hits)
                .isEqualTo(1);
        assertThat(Metrics.sum("gateway_credits_total", Map.of("tenant", "acme", "outcome", "reserved")) - reserved)
                .isEqualTo(1);
        assertThat(Metrics.sum("gateway_credits_total", Map.of("tenant", "acme", "outcome", "refunded")) - refunded)
                .isEqualTo(1 - charged);
        assertThat(Metrics.page()).doesNotContain(person.get("email")).doesNotContain(person.get("id") + "\"");
    }

    @Test
    void webhookInboxLagAndFailuresAreMeasuredByKind() throws Exception {
        Deliveries deliveries = Deliveries.install(store, Instant.now());
        Map<String, String> signal = Map.of("kind", Delivery.SIGNAL);
        double processed = Metrics.sum("lusha_graph_webhook_inbox_lag_seconds_count", signal);
        double retried = Metrics.sum("lusha_graph_webhook_inbox_failures_total",
                Map.of("kind", Delivery.SIGNAL, "outcome", "retry"));

        deliveries.post(signal("metrics-ok", "2026-01-01T00:00:00Z")).statusCode(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.DONE.equals(deliveries.status("metrics-ok")));
        String broken = signal("metrics-broken", "yesterday");
        assertThat(inbox.insert(new Delivery("metrics-broken", Delivery.SIGNAL, Inbox.PENDING, broken), 0)).isTrue();
        worker.drain();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries.count("select attempts from webhook_inbox where dedupe_key = 'metrics-broken'") == 1);

        assertThat(Metrics.sum("lusha_graph_webhook_inbox_lag_seconds_count", signal) - processed).isEqualTo(1);
        assertThat(Metrics.sum("lusha_graph_webhook_inbox_failures_total",
                Map.of("kind", Delivery.SIGNAL, "outcome", "retry")) - retried).isEqualTo(1);
        assertThat(deliveries.status("metrics-broken")).isEqualTo(Inbox.PENDING);
        Deliveries.clean(store);
    }

    @Test
    void throttlesAndRefusedQueriesAreCountedByTenant() {
        double throttled = Metrics.sum("lusha_graph_tenant_throttled_total", Map.of("tenant", "limited"));
        double refused = Metrics.sum("lusha_graph_query_refused_total", Map.of("tenant", "plain"));
        int rejected = 0;
        for (int i = 0; i < 10; i++) {
            int status = given().header("Authorization", "Bearer limited-test-key").contentType(ContentType.JSON)
                    .body(Map.of("query", "{ me { tenant } }")).post("/graphql").statusCode();
            rejected += status == 429 ? 1 : 0;
        }
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            aliases.append(" m").append(i).append(": me { tenant }");
        }
        GraphQL.post("plain-test-key", aliases.append(" }").toString(), Map.of()).statusCode(200);

        assertThat(rejected).isPositive();
        assertThat(Metrics.sum("lusha_graph_tenant_throttled_total", Map.of("tenant", "limited")) - throttled)
                .isEqualTo(rejected);
        assertThat(Metrics.sum("lusha_graph_query_refused_total", Map.of("tenant", "plain")) - refused).isEqualTo(1);
    }

    private static String signal(String id, String timestamp) {
        return "{\"id\":\"" + id + "\",\"type\":\"promotion\",\"entityType\":\"contact\",\"entityId\":\"9001\","
                + "\"subscriptionId\":\"sub-metrics\",\"data\":{\"personId\":9001,\"currentTitle\":\"VP Sales\","
                + "\"previousTitle\":\"Director\",\"signalDate\":\"2025-12-30\"},"
                + "\"timestamp\":\"" + timestamp + "\",\"billing\":{\"creditsCharged\":1}}";
    }
}
