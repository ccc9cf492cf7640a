package io.lushagraph.reveal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.Budgets;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.tenant.CreditBudgets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** RELIABILITY UP-14 and U-8: reveals reserve from the tenant's daily budget of 5 and get back what was not charged. */
@QuarkusTest
class CreditBudgetTest {

    static final String FRUGAL_KEY = "frugal-test-key";
    static final String PERSON = """
            query($lookup: PersonLookup!) { person(lookup: $lookup) { id } }""";
    static final String PERSONS = """
            query($lookups: [PersonLookup!]!) { persons(lookups: $lookups) { person { id } error { code } } }""";
    static final String COMPANY = """
            query($lookup: CompanyLookup!) { company(lookup: $lookup) { id } }""";

    @Inject
    CreditBudgets budgets;

    @BeforeEach
    void reset() {
        Simulator.reset();
        budgets.forget("frugal");
    }

    @Test
    void theSixthRevealOfTheDayIsRefusedWithoutAnUpstreamCall() {
        List<Map<String, String>> people = Simulator.people(6, 31_000);
        for (Map<String, String> person : people.subList(0, 5)) {
            assertThat(reveal(person.get("id")).getString("data.person.id")).isEqualTo(person.get("id"));
        }
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(5);
        assertThat(remaining()).isZero();

        JsonPath refused = reveal(people.get(5).get("id"));

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("CREDIT_BUDGET_EXCEEDED");
        assertThat(refused.getString("data.person")).isNull();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(5);
        assertThat(remaining()).isZero();
    }

    @Test
    void aCachedPersonCostsNothingWhenTheBudgetIsSpent() {
        List<Map<String, String>> people = Simulator.people(5, 31_100);
        people.forEach(p -> reveal(p.get("id")));
        assertThat(remaining()).isZero();

        JsonPath again = reveal(people.get(0).get("id"));

        assertThat(again.getString("data.person.id")).isEqualTo(people.get(0).get("id"));
        assertThat(again.getList("errors")).isNull();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(5);
    }

    @Test
    void aListTheBudgetCannotCoverFailsEveryUncachedLookupWithoutACall() {
        List<Map<String, String>> people = Simulator.people(6, 31_200);
        people.subList(0, 3).forEach(p -> reveal(p.get("id")));
        assertThat(remaining()).isEqualTo(2);
        List<Map<String, Object>> lookups = people.stream().skip(2).map(p -> Map.<String, Object> of("id", p.get("id")))
                .toList();

        JsonPath answer = GraphQL.post(FRUGAL_KEY, PERSONS, Map.of("lookups", lookups)).statusCode(200).extract()
                .jsonPath();

        assertThat(answer.getString("data.persons[0].person.id")).isEqualTo(people.get(2).get("id"));
        assertThat(answer.getString("data.persons[0].error")).isNull();
        assertThat(answer.getList("data.persons.person")).containsExactly(answer.get("data.persons[0].person"), null,
                null, null);
        assertThat(answer.getList("data.persons.error.code")).containsExactly("CREDIT_BUDGET_EXCEEDED",
                "CREDIT_BUDGET_EXCEEDED", "CREDIT_BUDGET_EXCEEDED");
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(3);
        assertThat(remaining()).isEqualTo(2);
    }

    @Test
    void companiesSpendTheSameBudget() {
        List<Map<String, String>> companies = Simulator.companies(6, 4_000);
        for (Map<String, String> company : companies.subList(0, 5)) {
            JsonPath ok = GraphQL.post(FRUGAL_KEY, COMPANY, Map.of("lookup", Map.of("id", company.get("id"))))
                    .statusCode(200).extract().jsonPath();
            assertThat(ok.getString("data.company.id")).isEqualTo(company.get("id"));
        }
        assertThat(Simulator.requests("POST /v2/company")).isEqualTo(5);

        JsonPath refused = GraphQL.post(FRUGAL_KEY, COMPANY, Map.of("lookup", Map.of("id", companies.get(5).get("id"))))
                .statusCode(200).extract().jsonPath();

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("CREDIT_BUDGET_EXCEEDED");
        assertThat(Simulator.requests("POST /v2/company")).isEqualTo(5);
    }

    @Test
    void aLookupLushaFindsNothingForIsRefunded() {
        JsonPath answer = GraphQL.post(FRUGAL_KEY, PERSON, Map.of("lookup", Map.of("email", "nobody@nowhere.invalid")))
                .statusCode(200).extract().jsonPath();

        assertThat(answer.getString("data.person")).isNull();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);
        awaitRemaining(5);
    }

    /** A 503 three times (all retries) charges nothing and is refunded; a 504 may have been charged and is not. */
    @ParameterizedTest
    @CsvSource({ "503, 3, UPSTREAM_UNAVAILABLE, 3, 5", "504, 1, UPSTREAM_OUTCOME_UNKNOWN, 1, 4" })
    void aFailedCallIsRefundedOnlyWhenItsOutcomeIsKnown(int status, int faults, String code, int calls,
            int left) {
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "status", status, "count", faults));

        JsonPath failed = reveal(Simulator.people(1, 31_300 + status).get(0).get("id"));

        assertThat(failed.getString("errors[0].extensions.code")).isEqualTo(code);
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(calls);
        awaitRemaining(left);
    }

    @Test
    void anUnreachableBudgetStoreRefusesTheRevealWithoutACall() {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");
        QuarkusMock.installMockForType(new CreditBudgets(nowhere, new SimpleMeterRegistry(), Clock.systemUTC()),
                CreditBudgets.class);
        List<Map<String, String>> people = Simulator.people(2, 31_400);

        JsonPath one = reveal(people.get(0).get("id"));
        JsonPath list = GraphQL.post(FRUGAL_KEY, PERSONS, Map.of("lookups", List.of(Map.of("id",
                people.get(1).get("id"))))).statusCode(200).extract().jsonPath();

        assertThat(one.getString("errors[0].extensions.code")).isEqualTo("STORE_UNAVAILABLE");
        assertThat(one.getString("data.person")).isNull();
        assertThat(list.getList("data.persons.error.code")).containsExactly("STORE_UNAVAILABLE");
        assertThat(Simulator.requests()).isEmpty();
    }

    static JsonPath reveal(String id) {
        return GraphQL.post(FRUGAL_KEY, PERSON, Map.of("lookup", Map.of("id", id))).statusCode(200).extract()
                .jsonPath();
    }

    static void awaitRemaining(int expected) {
        Budgets.awaitRemaining(FRUGAL_KEY, expected);
    }

    static int remaining() {
        return Budgets.remaining(FRUGAL_KEY);
    }
}
