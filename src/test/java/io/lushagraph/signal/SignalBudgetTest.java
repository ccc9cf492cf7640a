package io.lushagraph.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.Budgets;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.Sim;
import io.lushagraph.tenant.CreditBudgets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Signals spend the tenant's daily budget (frugal: 5 credits): one credit per requested type and entity is reserved
 * before the call, what Lusha did not charge is given back, and what the budget cannot cover is refused with no call.
 */
@QuarkusTest
class SignalBudgetTest {

    static final String FRUGAL_KEY = "frugal-test-key";
    static final String CONTACT_SIGNALS = """
            query($lookups: [PersonLookup!]!, $since: Date) {
              contactSignals(lookups: $lookups, types: [PROMOTION], since: $since) {
                personId signals { type } error { code }
              }
            }""";
    static final String SEARCH = "POST /api/signals/contacts/search";

    @Inject
    CreditBudgets budgets;

    @BeforeEach
    void reset() {
        Simulator.reset();
        Sim.resetWithLedger();
        budgets.forget("frugal");
    }

    @Test
    void contactSignalsTheBudgetCannotCoverFailEveryLookupWithoutACall() {
        JsonPath answer = contactSignals(Simulator.people(6, 68_000));

        assertThat(answer.getList("data.contactSignals.error.code")).hasSize(6).containsOnly("CREDIT_BUDGET_EXCEEDED");
        assertThat(Simulator.requests()).isEmpty();
        assertThat(Budgets.remaining(FRUGAL_KEY)).isEqualTo(5);
    }

    @Test
    void contactSignalsWithinTheBudgetKeepOnlyWhatLushaCharged() {
        JsonPath answer = contactSignals(Simulator.people(5, 68_100));

        assertThat(answer.getList("data.contactSignals.error")).hasSize(5).containsOnlyNulls();
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of(SEARCH, 1));
        int charged = answer.getInt("extensions.cost.creditsCharged");
        assertThat(charged).isBetween(0, 5);
        Budgets.awaitRemaining(FRUGAL_KEY, 5 - charged);
    }

    /** A 503 on every attempt charged nothing and is given back; a 504 may have been charged and is kept. */
    @ParameterizedTest
    @CsvSource({ "503, 3, UPSTREAM_UNAVAILABLE, 3, 5", "504, 1, UPSTREAM_OUTCOME_UNKNOWN, 1, 3" })
    void aFailedSignalCallIsGivenBackOnlyWhenItsOutcomeIsKnown(int status, int faults, String code, int calls,
            int left) {
        Simulator.fault(Map.of("endpoint", SEARCH, "status", status, "count", faults));

        JsonPath answer = contactSignals(Simulator.people(2, 68_200 + status));

        assertThat(answer.getList("data.contactSignals.error.code")).containsOnly(code);
        assertThat(Simulator.requests(SEARCH)).isEqualTo(calls);
        Budgets.awaitRemaining(FRUGAL_KEY, left);
    }

    @Test
    void nestedPersonSignalsTheBudgetCannotCoverAreRefusedWithoutASignalCall() {
        List<Map<String, String>> people = Simulator.people(2, 68_300);
        String query = """
                query($lookups: [PersonLookup!]!) {
                  persons(lookups: $lookups) { person { id signals(types: [PROMOTION, COMPANY_CHANGE]) { type } } }
                }""";

        JsonPath answer = GraphQL.post(FRUGAL_KEY, query, Map.of("lookups",
                people.stream().map(p -> Map.of("id", p.get("id"))).toList())).statusCode(200).extract().jsonPath();

        assertThat(answer.<String> getList("data.persons.person.id")).containsExactly(people.get(0).get("id"),
                people.get(1).get("id"));
        assertThat(answer.<String> getList("errors.extensions.code")).containsOnly("CREDIT_BUDGET_EXCEEDED")
                .hasSize(2);
        assertThat(answer.<List<Object>> getList("errors.path")).allSatisfy(path -> assertThat(path).endsWith("signals"));
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of("POST /v2/person", 1));
    }

    @Test
    void nestedCompanySignalsOfAllTypesReserveEveryTypeAndAreRefusedWithoutACall() {
        Map<String, String> company = Simulator.companies(1, 4_200).get(0);
        String query = """
                query($id: ID!) { company(lookup: { id: $id }) { id signals { type } } }""";

        JsonPath answer = GraphQL.post(FRUGAL_KEY, query, Map.of("id", company.get("id"))).statusCode(200)
                .extract().jsonPath();

        assertThat(answer.getString("data.company.id")).isEqualTo(company.get("id"));
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("CREDIT_BUDGET_EXCEEDED");
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of("POST /v2/company", 1));
    }

    private static JsonPath contactSignals(List<Map<String, String>> people) {
        return GraphQL.post(FRUGAL_KEY, CONTACT_SIGNALS, Map.of("lookups",
                people.stream().map(p -> Map.of("id", p.get("id"))).toList(), "since",
                LocalDate.now(ZoneOffset.UTC).minusYears(1).toString())).statusCode(200).extract().jsonPath();
    }
}
