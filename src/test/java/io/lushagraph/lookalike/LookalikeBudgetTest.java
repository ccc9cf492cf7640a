package io.lushagraph.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.tenant.CreditBudgets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Lookalikes spend credits per result: the page is reserved from the tenant's budget first, the rest given back. */
@QuarkusTest
class LookalikeBudgetTest {

    static final String FRUGAL_KEY = "frugal-test-key";
    static final String QUERY = """
            query($seeds: CompanySeedsInput!, $limit: Int) {
              companyLookalikes(seeds: $seeds, limit: $limit) { results { name } }
            }""";

    @Inject
    CreditBudgets budgets;

    @BeforeEach
    void reset() {
        Simulator.reset();
        budgets.forget("frugal");
    }

    @Test
    void aPageTheBudgetCannotCoverIsRefusedWithNoCallAndAPageItCanIsChargedWhatLushaCharged() {
        List<Map<String, String>> companies = Simulator.companies(2, 7_600);
        Map<String, Object> seeds = Map.of("domains", List.of(companies.get(0).get("domain")));

        JsonPath refused = GraphQL.post(FRUGAL_KEY, QUERY, Map.of("seeds", seeds, "limit", 10)).statusCode(200)
                .extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("CREDIT_BUDGET_EXCEEDED");
        assertThat(Simulator.requests()).isEmpty();

        JsonPath admitted = GraphQL.post(FRUGAL_KEY, QUERY, Map.of("seeds", seeds, "limit", 3)).statusCode(200)
                .extract().jsonPath();
        assertThat(admitted.getList("errors")).isNull();
        int charged = admitted.getInt("extensions.cost.creditsCharged");
        assertThat(charged).isPositive().isEqualTo(admitted.getList("data.companyLookalikes.results").size());
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of("POST /v3/lookalike/companies", 1));
        assertThat(GraphQL.post(FRUGAL_KEY, "{ me { credits { remaining } } }", Map.of()).statusCode(200).extract()
                .jsonPath().getInt("data.me.credits.remaining")).isEqualTo(5 - charged);
    }
}
