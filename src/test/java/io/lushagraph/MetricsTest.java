package io.lushagraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.tenant.InboundRateLimiter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** After known traffic, {@code /q/metrics} shows the counts a scraper expects, and no contact data or key. */
@QuarkusTest
class MetricsTest {

    static final String PERSON_BULK = "POST /v2/person";

    @Inject
    InboundRateLimiter limiter;

    @BeforeEach
    void reset() {
        Simulator.reset();
        limiter.forget("limited");
    }

    @Test
    void upstreamCallsAndBatchSizesAreCountedByEndpoint() {
        double calls = Metrics.sum("lusha_upstream_requests_total", Map.of("endpoint", PERSON_BULK));
        double batches = Metrics.sum("lusha_upstream_batch_size_count", Map.of("endpoint", PERSON_BULK));
        double items = Metrics.sum("lusha_upstream_batch_size_sum", Map.of("endpoint", PERSON_BULK));
        List<Map<String, String>> people = Simulator.people(150, 15_000);
        List<Map<String, Object>> lookups = new ArrayList<>();
        people.forEach(p -> lookups.add(Map.of("id", p.get("id"))));

        GraphQL.ok("query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id emails { address } } } }",
                Map.of("l", lookups));

        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(2);
        assertThat(Metrics.sum("lusha_upstream_requests_total", Map.of("endpoint", PERSON_BULK)) - calls)
                .isEqualTo(2);
        assertThat(Metrics.sum("lusha_upstream_batch_size_count", Map.of("endpoint", PERSON_BULK)) - batches)
                .isEqualTo(2);
        assertThat(Metrics.sum("lusha_upstream_batch_size_sum", Map.of("endpoint", PERSON_BULK)) - items)
                .isEqualTo(150);
        String page = Metrics.page();
        assertThat(page).contains("lusha_upstream_quota_remaining{");
        assertThat(page).doesNotContain("sim-key").doesNotContain("@").doesNotContain(people.get(0).get("email"));
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
}
