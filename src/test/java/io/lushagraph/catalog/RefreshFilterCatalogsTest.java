package io.lushagraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code refreshFilterCatalogs} reloads each static catalog cached for the caller's Lusha account, once. */
@QuarkusTest
class RefreshFilterCatalogsTest {

    private static final String REFRESH = "mutation { refreshFilterCatalogs { catalog error { code message } } }";

    private static final String SOME_CATALOGS = """
            {
              contactFilters { departments { id } seniorities { id } }
              companyFilters { sizes { min max } technologies(text: "java") { id } }
              signalOptions(entityType: COMPANY)
            }""";

    @Inject
    SteppingTicker ticker;

    @BeforeEach
    void startEmpty() {
        Simulator.reset();
        ticker.expireEverything();
    }

    @Test
    void reloadsEveryCachedStaticCatalogWithOneCallEach() {
        GraphQL.ok(SOME_CATALOGS, Map.of());
        Simulator.reset();

        JsonPath refreshed = GraphQL.post(GraphQL.GLOBEX_KEY, REFRESH, Map.of()).statusCode(200).extract()
                .jsonPath();

        assertThat(refreshed.getList("data.refreshFilterCatalogs.catalog")).containsExactly("CONTACT_DEPARTMENTS",
                "CONTACT_SENIORITIES", "COMPANY_SIZES", "COMPANY_SIGNAL_OPTIONS");
        assertThat(refreshed.getList("data.refreshFilterCatalogs.error")).containsOnlyNulls();
        assertThat(refreshed.getInt("extensions.cost.upstreamCalls")).isEqualTo(4);
        assertThat(Simulator.requests()).isEqualTo(Map.of(
                "GET /prospecting/filters/contacts/departments", 1,
                "GET /prospecting/filters/contacts/seniority", 1,
                "GET /prospecting/filters/companies/sizes", 1,
                "GET /api/signals/filters/{objectType}", 1));

        JsonPath cached = GraphQL.ok(SOME_CATALOGS, Map.of());
        assertThat(cached.getInt("extensions.cost.upstreamCalls")).isZero();
    }

    @Test
    void aCatalogThatFailsToReloadIsReportedAndKeepsItsCachedValue() {
        List<Object> sizes = GraphQL.ok(SOME_CATALOGS, Map.of()).getList("data.companyFilters.sizes");
        Simulator.fault(Map.of("endpoint", "GET /prospecting/filters/companies/sizes", "status", 503, "count", 3));

        JsonPath refreshed = GraphQL.ok(REFRESH, Map.of());
        JsonPath after = GraphQL.ok("{ companyFilters { sizes { min max } } }", Map.of());

        assertThat(refreshed.getList("errors")).isNull();
        assertThat(refreshed.getString("data.refreshFilterCatalogs.find { it.catalog == 'COMPANY_SIZES' }.error.code"))
                .isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(refreshed.getList("data.refreshFilterCatalogs.findAll { it.error == null }.catalog"))
                .containsExactly("CONTACT_DEPARTMENTS", "CONTACT_SENIORITIES", "COMPANY_SIGNAL_OPTIONS");
        assertThat(after.getList("data.companyFilters.sizes")).isEqualTo(sizes);
        assertThat(after.getInt("extensions.cost.upstreamCalls")).isZero();
    }

    @Test
    void withNothingCachedThereIsNothingToReload() {
        JsonPath refreshed = GraphQL.ok(REFRESH, Map.of());

        assertThat(refreshed.getList("data.refreshFilterCatalogs")).isEmpty();
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void onlyAnAdminTenantMayRefresh() {
        Simulator.reset();
        JsonPath refused = GraphQL.post("plain-test-key", REFRESH, Map.of()).statusCode(200).extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(Simulator.requests()).isEmpty();
    }
}
