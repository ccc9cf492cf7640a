package io.lushagraph.cost;

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

/** Issue 5: "a cached answer costs nothing" in the query cost counted before the operation runs. */
@QuarkusTest
class CachedCostTest {

    static final String PLAIN_KEY = "plain-test-key";
    static final String PERSON = """
            query($lookup: PersonLookup!) { person(lookup: $lookup) { id } }""";
    static final String PERSONS = """
            query($lookups: [PersonLookup!]!) { persons(lookups: $lookups) { person { id } } }""";

    @Inject
    CreditBudgets budgets;

    @BeforeEach
    void reset() {
        Simulator.reset();
        budgets.forget("plain");
    }

    @Test
    void aPersonAlreadyRevealedIsEstimatedAtNoCredit() {
        Map<String, String> person = Simulator.people(1, 33_000).get(0);
        Map<String, Object> lookup = Map.of("lookup", Map.of("id", person.get("id")));

        JsonPath first = GraphQL.post(PLAIN_KEY, PERSON, lookup).statusCode(200).extract().jsonPath();
        JsonPath again = GraphQL.post(PLAIN_KEY, PERSON, lookup).statusCode(200).extract().jsonPath();
        JsonPath literal = GraphQL.post(PLAIN_KEY, "{ person(lookup: { id: \"" + person.get("id") + "\" }) { id } }",
                Map.of()).statusCode(200).extract().jsonPath();
        JsonPath otherOptions = GraphQL.post(PLAIN_KEY, """
                query($lookup: PersonLookup!) { person(lookup: $lookup, options: { refreshJobInfo: true }) { id } }""",
                lookup).statusCode(200).extract().jsonPath();

        assertThat(first.getInt("extensions.cost.estimatedCredits")).isEqualTo(1);
        assertThat(again.getString("data.person.id")).isEqualTo(person.get("id"));
        assertThat(again.getInt("extensions.cost.estimatedCredits")).isZero();
        assertThat(again.getInt("extensions.cost.estimated")).isEqualTo(first.getInt("extensions.cost.estimated") - 1);
        assertThat(literal.getInt("extensions.cost.estimatedCredits")).isZero();
        assertThat(otherOptions.getInt("extensions.cost.estimatedCredits")).as("other options, another answer")
                .isEqualTo(1);
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(2);
    }

    @Test
    void aListRefusedForItsCreditsPassesOnceItsLookupsAreCached() {
        List<Map<String, Object>> lookups = Simulator.people(200, 33_100).stream()
                .map(p -> Map.<String, Object> of("id", p.get("id"))).toList();

        JsonPath refused = GraphQL.post(PLAIN_KEY, PERSONS, Map.of("lookups", lookups)).statusCode(200).extract()
                .jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(refused.getInt("errors[0].extensions.cost")).as("401 points and 200 credits").isEqualTo(601);
        assertThat(Simulator.requests()).isEmpty();

        GraphQL.ok(PERSONS, Map.of("lookups", lookups));
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(2);

        JsonPath cached = GraphQL.post(PLAIN_KEY, PERSONS, Map.of("lookups", lookups)).statusCode(200).extract()
                .jsonPath();
        assertThat(cached.getList("errors")).isNull();
        assertThat(cached.getList("data.persons.person.id")).hasSize(200).doesNotContainNull();
        assertThat(cached.getInt("extensions.cost.estimatedCredits")).isZero();
        assertThat(cached.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(2);
    }
}
