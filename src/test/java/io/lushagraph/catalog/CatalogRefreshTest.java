package io.lushagraph.catalog;

import static io.lushagraph.catalog.CatalogQueries.DEPARTMENTS;
import static io.lushagraph.catalog.CatalogQueries.DEPARTMENTS_ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.ConcurrentClients;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Static catalogs live for {@code gateway.catalog.ttl} (24 h) and are refreshed in the background once older than
 * {@code gateway.catalog.refresh-after} (23 h), with the cached value served meanwhile; time moves by the ticker.
 */
@QuarkusTest
class CatalogRefreshTest {

    private static final Duration PAST_REFRESH = Duration.ofHours(23).plusMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SteppingTicker ticker;

    @TestHTTPResource("/graphql")
    URI graphql;

    private List<Object> loaded;

    @BeforeEach
    void loadDepartments() {
        Simulator.reset();
        ticker.expireEverything();
        loaded = GraphQL.ok(DEPARTMENTS, Map.of()).getList("data.contactFilters.departments");
        assertThat(loaded).hasSize(16);
    }

    @Test
    void aStaleCatalogIsServedWhileExactlyOneRefreshRunsAndTheRefreshedOneLivesOn() throws Exception {
        double loadsBefore = CacheMetrics.value("cache_load_total", "filter-catalog", "success");
        Simulator.fault(Map.of("endpoint", DEPARTMENTS_ENDPOINT, "latencyMs", 3000, "count", 1));
        ticker.advance(PAST_REFRESH);

        long start = System.nanoTime();
        List<JsonNode> answers = ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, DEPARTMENTS,
                Collections.nCopies(2, Map.of()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).as("neither waited for the 3 s refresh").isLessThan(Duration.ofMillis(3000));
        for (JsonNode answer : answers) {
            assertThat(JSON.convertValue(answer.at("/data/contactFilters/departments"), List.class)).isEqualTo(loaded);
            assertThat(answer.at("/extensions/cost/upstreamCalls").asInt()).isZero();
        }
        await().atMost(Duration.ofSeconds(10)).until(
                () -> CacheMetrics.value("cache_load_total", "filter-catalog", "success") == loadsBefore + 1);
        assertThat(Simulator.requests(DEPARTMENTS_ENDPOINT)).as("the first load and one refresh").isEqualTo(2);

        ticker.advance(Duration.ofHours(2));
        JsonPath renewed = GraphQL.ok(DEPARTMENTS, Map.of());

        assertThat(renewed.getList("data.contactFilters.departments")).isEqualTo(loaded);
        assertThat(renewed.getInt("extensions.cost.upstreamCalls")).as("past the first load's lifetime, the "
                + "refreshed value is served").isZero();
        assertThat(Simulator.requests(DEPARTMENTS_ENDPOINT)).isEqualTo(2);
    }

    @Test
    void aFailedRefreshKeepsServingTheOldValue() {
        double failuresBefore = CacheMetrics.value("cache_load_total", "filter-catalog", "failure");
        Simulator.fault(Map.of("endpoint", DEPARTMENTS_ENDPOINT, "status", 503, "count", 3));
        ticker.advance(PAST_REFRESH);

        JsonPath stale = GraphQL.ok(DEPARTMENTS, Map.of());
        await().atMost(Duration.ofSeconds(10)).until(
                () -> CacheMetrics.value("cache_load_total", "filter-catalog", "failure") == failuresBefore + 1);
        JsonPath afterFailure = GraphQL.ok(DEPARTMENTS, Map.of());

        for (JsonPath answer : List.of(stale, afterFailure)) {
            assertThat(answer.getList("errors")).isNull();
            assertThat(answer.getList("data.contactFilters.departments")).isEqualTo(loaded);
            assertThat(answer.getInt("extensions.cost.upstreamCalls")).isZero();
        }
        // one load, a refresh failing on all three attempts, and the refresh the next request starts
        await().atMost(Duration.ofSeconds(10)).until(() -> Simulator.requests(DEPARTMENTS_ENDPOINT) == 5);
    }

    @Test
    void pastItsLifetimeACatalogIsLoadedAgainAndTheRequestWaitsForIt() {
        ticker.advance(Duration.ofHours(24).plusMinutes(1));

        JsonPath reloaded = GraphQL.ok(DEPARTMENTS, Map.of());

        assertThat(reloaded.getList("data.contactFilters.departments")).isEqualTo(loaded);
        assertThat(reloaded.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(Simulator.requests(DEPARTMENTS_ENDPOINT)).isEqualTo(2);
    }

    @Test
    void beforeRefreshAfterACatalogIsServedWithoutAnyCall() {
        ticker.advance(Duration.ofHours(22));

        JsonPath cached = GraphQL.ok(DEPARTMENTS, Map.of());

        assertThat(cached.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests(DEPARTMENTS_ENDPOINT)).isEqualTo(1);
    }
}
