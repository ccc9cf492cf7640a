package io.lushagraph.catalog;

import static io.lushagraph.catalog.CatalogQueries.DEPARTMENTS;
import static io.lushagraph.catalog.CatalogQueries.DEPARTMENTS_ENDPOINT;
import static io.lushagraph.catalog.CatalogQueries.EVERY_STATIC_CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.ConcurrentClients;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code contactFilters}, {@code companyFilters} and {@code signalOptions}: one upstream call per catalog. */
@QuarkusTest
class FilterCatalogsTest {

    static final Map<String, Integer> ONE_CALL_PER_CATALOG = Map.ofEntries(
            Map.entry("GET /prospecting/filters/contacts/departments", 1),
            Map.entry("GET /prospecting/filters/contacts/seniority", 1),
            Map.entry("GET /prospecting/filters/contacts/existing_data_points", 1),
            Map.entry("GET /prospecting/filters/contacts/all_countries", 1),
            Map.entry("GET /prospecting/filters/companies/industries_labels", 1),
            Map.entry("GET /prospecting/filters/companies/sizes", 1),
            Map.entry("GET /prospecting/filters/companies/revenues", 1),
            Map.entry("GET /prospecting/filters/companies/sics", 1),
            Map.entry("GET /prospecting/filters/companies/naics", 1),
            Map.entry("GET /prospecting/filters/companies/intent_topics", 1),
            Map.entry("GET /api/signals/filters/{objectType}", 2));

    @Inject
    SteppingTicker ticker;

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void startEmpty() {
        Simulator.reset();
        ticker.expireEverything();
    }

    @Test
    void twoTenantsAskingForEveryCatalogMakeOneCallPerCatalog() {
        JsonPath acme = GraphQL.ok(EVERY_STATIC_CATALOG, Map.of());
        JsonPath globex = GraphQL.post(GraphQL.GLOBEX_KEY, EVERY_STATIC_CATALOG, Map.of()).statusCode(200).extract()
                .jsonPath();

        assertThat(acme.getList("errors")).isNull();
        assertThat(Simulator.requests()).isEqualTo(ONE_CALL_PER_CATALOG);
        assertThat(acme.getInt("extensions.cost.upstreamCalls")).isEqualTo(12);
        assertThat(globex.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(globex.getMap("data")).isEqualTo(acme.getMap("data"));
    }

    @Test
    void catalogsHoldLushasValuesInTheGatewaysShapes() {
        JsonPath answer = GraphQL.ok(EVERY_STATIC_CATALOG, Map.of());

        assertThat(answer.getList("data.contactFilters.departments")).hasSize(16)
                .contains(Map.of("id", "Engineering & Technical", "value", "Engineering & Technical"));
        assertThat(answer.getMap("data.contactFilters.seniorities[0]")).isEqualTo(Map.of("id", "10", "value", "founder"));
        assertThat(answer.getList("data.contactFilters.dataPoints.id"))
                .containsExactly("phone", "work_email", "mobile_phone", "direct_phone");
        assertThat(answer.getList("data.contactFilters.countries"))
                .contains(Map.of("code", "US", "name", "United States"), Map.of("code", "GB", "name", "United Kingdom"));
        assertThat(answer.getMap("data.companyFilters.industries[0]")).containsEntry("id", "1")
                .containsEntry("value", "Hospitality");
        assertThat(answer.getMap("data.companyFilters.industries[0].subIndustries[0]"))
                .isEqualTo(Map.of("id", "1", "value", "Food & Beverage Services"));
        assertThat(answer.getMap("data.companyFilters.sizes[0]")).isEqualTo(Map.of("min", 1.0f, "max", 10.0f));
        assertThat(answer.getList("data.companyFilters.sics")).contains(Map.of("code", "1011", "label", "Iron ores"));
        assertThat(answer.getList("data.companyFilters.naics"))
                .contains(Map.of("code", "11", "label", "Agriculture, Forestry, Fishing and Hunting"));
        assertThat(answer.getList("data.companyFilters.intentTopics.value")).contains("Zero Trust", "Digital Sales");
        assertThat(answer.getList("data.contactSignals")).containsExactly("promotion", "companyChange", "allSignals");
        assertThat(answer.getList("data.companySignals")).hasSize(23).startsWith("allSignals")
                .contains("surgeInHiringByLocation", "productActivityNews");
    }

    @Test
    void selectingOneFieldLoadsOnlyItsCatalog() {
        JsonPath departments = GraphQL.ok(DEPARTMENTS, Map.of());
        assertThat(Simulator.requests()).isEqualTo(Map.of(DEPARTMENTS_ENDPOINT, 1));
        assertThat(departments.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);

        GraphQL.ok("{ companyFilters { sizes { min max } } }", Map.of());
        assertThat(Simulator.requests())
                .isEqualTo(Map.of(DEPARTMENTS_ENDPOINT, 1, "GET /prospecting/filters/companies/sizes", 1));
    }

    @Test
    void concurrentRequestsForAnUncachedCatalogShareOneCall() throws Exception {
        // Long enough that all ten are in before the answer, even on a busy 2-core machine.
        Simulator.fault(Map.of("endpoint", DEPARTMENTS_ENDPOINT, "latencyMs", 3000, "count", 1));

        List<JsonNode> answers = ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, DEPARTMENTS,
                Collections.nCopies(10, Map.of()));

        assertThat(Simulator.requests(DEPARTMENTS_ENDPOINT)).isEqualTo(1);
        for (JsonNode answer : answers) {
            assertThat(answer.at("/data/contactFilters/departments")).hasSize(16);
            assertThat(answer.at("/extensions/cost/upstreamCalls").asInt()).as("each waited for the call").isEqualTo(1);
        }
    }

    @Test
    void aCachedCatalogCostsNothing() {
        GraphQL.ok(DEPARTMENTS, Map.of());

        JsonPath cached = GraphQL.ok(DEPARTMENTS, Map.of());

        assertThat(cached.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(cached.getList("data.contactFilters.departments")).hasSize(16);
        assertThat(Simulator.requests(DEPARTMENTS_ENDPOINT)).isEqualTo(1);
    }

    @Test
    void anUpstreamFailureIsATypedErrorAndIsNotCached() {
        Simulator.fault(Map.of("endpoint", DEPARTMENTS_ENDPOINT, "status", 503, "count", 3));

        JsonPath failed = GraphQL.ok(DEPARTMENTS, Map.of());
        JsonPath retried = GraphQL.ok(DEPARTMENTS, Map.of());

        assertThat(failed.getString("errors[0].extensions.code")).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(failed.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(retried.getList("errors")).isNull();
        assertThat(retried.getList("data.contactFilters.departments")).hasSize(16);
        assertThat(Simulator.requests(DEPARTMENTS_ENDPOINT)).as("three attempts, then one").isEqualTo(4);
    }
}
