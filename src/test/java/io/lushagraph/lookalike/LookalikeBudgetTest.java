package io.lushagraph.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.Budgets;
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
        Budgets.awaitRemaining(FRUGAL_KEY, 5 - charged);
    }

    @Test
    void aCompanysOwnLookalikesSpendTheSameBudget() {
        Map<String, String> company = Simulator.companies(1, 7_700).get(0);
        String query = """
                query($id: ID!, $limit: Int) { company(lookup: { id: $id }) { id lookalikes(limit: $limit) { results { name } } } }""";

        JsonPath refused = GraphQL.post(FRUGAL_KEY, query, Map.of("id", company.get("id"), "limit", 10))
                .statusCode(200).extract().jsonPath();
        assertThat(refused.getString("data.company.id")).isEqualTo(company.get("id"));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("CREDIT_BUDGET_EXCEEDED");
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of("POST /v2/company", 1));

        JsonPath admitted = GraphQL.post(FRUGAL_KEY, query, Map.of("id", company.get("id"), "limit", 3))
                .statusCode(200).extract().jsonPath();
        assertThat(admitted.getList("errors")).isNull();
        int charged = admitted.getInt("extensions.cost.creditsCharged");
        assertThat(charged).isPositive().isEqualTo(admitted.getList("data.company.lookalikes.results").size());
        assertThat(Simulator.requests()).as("the company came from the cache")
                .isEqualTo(Map.of("POST /v2/company", 1, "POST /v3/lookalike/companies", 1));
        Budgets.awaitRemaining(FRUGAL_KEY, 5 - 1 - charged);
    }

    @Test
    void aPersonsOwnLookalikesTheBudgetCannotCoverMakeNoCall() {
        Map<String, String> person = Simulator.people(1, 7_800).get(0);
        String query = """
                query($id: ID!) { person(lookup: { id: $id }) { id lookalikes(limit: 10) { results { id } } } }""";

        JsonPath refused = GraphQL.post(FRUGAL_KEY, query, Map.of("id", person.get("id"))).statusCode(200).extract()
                .jsonPath();

        assertThat(refused.getString("data.person.id")).isEqualTo(person.get("id"));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("CREDIT_BUDGET_EXCEEDED");
        assertThat(refused.getList("errors[0].path")).containsExactly("person", "lookalikes");
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of("POST /v2/person", 1));
    }
}
