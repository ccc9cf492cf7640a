package io.lushagraph.prospecting;

import static io.lushagraph.prospecting.ProspectingQueries.ENRICH_CONTACTS;
import static io.lushagraph.prospecting.ProspectingQueries.SEARCH_CONTACTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.Sim;
import io.lushagraph.tenant.CreditBudgets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** enrichContacts reserves one credit per id from the tenant's daily budget (5 for frugal) before calling Lusha. */
@QuarkusTest
class EnrichBudgetTest {

    static final String FRUGAL_KEY = "frugal-test-key";

    @Inject
    CreditBudgets budgets;

    @BeforeEach
    void reset() {
        Simulator.reset();
        Sim.resetWithLedger();
        budgets.forget("frugal");
    }

    @Test
    void idsTheBudgetCannotCoverFailWithoutACall() {
        List<Map<String, String>> people = Simulator.people(6, 52_000);
        JsonPath search = GraphQL.post(FRUGAL_KEY, SEARCH_CONTACTS, Map.of("filters",
                Map.of("linkedinUrls", ProspectingQueries.linkedinUrls(people)), "page", Map.of("size", 10)))
                .statusCode(200).extract().jsonPath();
        String requestId = search.getString("data.searchContacts.requestId");
        List<String> ids = search.getList("data.searchContacts.contacts.id");

        JsonPath first = enrich(requestId, ids.subList(0, 3));
        JsonPath second = enrich(requestId, ids.subList(3, 6));

        assertThat(first.getList("data.enrichContacts.error")).containsOnlyNulls();
        assertThat(first.getInt("extensions.cost.creditsCharged")).isEqualTo(3);
        assertThat(second.getList("data.enrichContacts.person")).containsOnlyNulls().hasSize(3);
        assertThat(second.getList("data.enrichContacts.error.code")).containsOnly("CREDIT_BUDGET_EXCEEDED");
        assertThat(second.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests(SearchAndEnrichContactsTest.ENRICH)).isEqualTo(1);
        assertThat(GraphQL.post(FRUGAL_KEY, "{ me { credits { remaining } } }", Map.of()).statusCode(200).extract()
                .jsonPath().getInt("data.me.credits.remaining")).isEqualTo(2);
    }

    private static JsonPath enrich(String requestId, List<String> ids) {
        return GraphQL.post(FRUGAL_KEY, ENRICH_CONTACTS, Map.of("requestId", requestId, "ids", ids)).statusCode(200)
                .extract().jsonPath();
    }
}
