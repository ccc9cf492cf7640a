package io.lushagraph.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * One lookup that Lusha refuses never fails the rest of its bulk call: what Lusha's documentation says is invalid
 * is refused before any call, and a bulk call Lusha refuses anyway is split until only the refused lookup fails.
 */
@QuarkusTest
class RefusedLookupTest {

    private static final String PERSONS = """
            query($lookups: [PersonLookup!]!) {
              persons(lookups: $lookups) { person { id } error { code } }
            }""";

    private static final String COMPANIES = """
            query($lookups: [CompanyLookup!]!) {
              companies(lookups: $lookups) { company { id } error { code } }
            }""";

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void aPersonIdThatIsNoNumberIsRefusedWithoutFailingTheOthers() {
        List<Map<String, String>> people = Simulator.people(99, 31_000);
        List<Map<String, Object>> lookups = new ArrayList<>();
        lookups.add(Map.of("id", "not-a-number"));
        people.forEach(p -> lookups.add(Map.of("id", p.get("id"))));

        JsonPath answer = GraphQL.ok(PERSONS, Map.of("lookups", lookups));

        assertThat(answer.<Object> getList("data.persons")).hasSize(100);
        assertThat(answer.<Object> get("data.persons[0].person")).isNull();
        assertThat(answer.getString("data.persons[0].error.code")).isEqualTo("INVALID_INPUT");
        for (int i = 1; i < 100; i++) {
            assertThat(answer.getString("data.persons[" + i + "].person.id")).isEqualTo(people.get(i - 1).get("id"));
            assertThat(answer.<Object> get("data.persons[" + i + "].error")).isNull();
        }
        assertThat(Simulator.requests("POST /v2/person")).as("the invalid id never reaches Lusha").isEqualTo(1);
        assertThat(Simulator.batchSizes("POST /v2/person")).containsExactly(99);
    }

    @Test
    void aBulkPersonCallLushaRefusesIsSplitAndEveryLookupAnswered() {
        List<Map<String, String>> people = Simulator.people(100, 32_000);
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "status", 400, "count", 1));

        JsonPath answer = GraphQL.ok(PERSONS,
                Map.of("lookups", people.stream().map(p -> Map.of("id", p.get("id"))).toList()));

        assertThat(answer.<String> getList("data.persons.person.id"))
                .containsExactlyElementsOf(people.stream().map(p -> p.get("id")).toList());
        assertThat(answer.<Object> getList("data.persons.error")).containsOnlyNulls();
        assertThat(Simulator.requests("POST /v2/person")).as("the refused call, then its two halves").isEqualTo(3);
        assertThat(Simulator.batchSizes("POST /v2/person")).containsExactlyInAnyOrder(50, 50);
    }

    @Test
    void aCompanyLookupTheSimulatorRefusesFailsAloneAndTheOthersAreAnswered() {
        List<Map<String, String>> companies = Simulator.companies(20, 9_100);
        List<Map<String, Object>> lookups = new ArrayList<>();
        lookups.add(Map.of("id", "not-a-number"));
        companies.forEach(c -> lookups.add(Map.of("domain", c.get("domain"))));

        JsonPath answer = GraphQL.ok(COMPANIES, Map.of("lookups", lookups));

        assertThat(answer.<Object> getList("data.companies")).hasSize(21);
        assertThat(answer.<Object> get("data.companies[0].company")).isNull();
        assertThat(answer.getString("data.companies[0].error.code")).isEqualTo("INVALID_INPUT");
        for (int i = 1; i < 21; i++) {
            assertThat(answer.getString("data.companies[" + i + "].company.id"))
                    .isEqualTo(companies.get(i - 1).get("id"));
            assertThat(answer.<Object> get("data.companies[" + i + "].error")).isNull();
        }
        int calls = Simulator.requests("POST /bulk/company/v2") + Simulator.requests("POST /v2/company");
        assertThat(calls).as("halving 21 lookups down to the refused one: at most 1 + 2 * ceil(log2 21) calls")
                .isGreaterThan(1).isLessThanOrEqualTo(11);
    }
}
