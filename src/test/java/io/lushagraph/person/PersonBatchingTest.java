package io.lushagraph.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code persons} goes to Lusha 100 lookups per bulk call, fetches duplicates once and keeps lookup order. */
@QuarkusTest
class PersonBatchingTest {

    static final String PERSONS = """
            query($lookups: [PersonLookup!]!) {
              persons(lookups: $lookups) {
                person { id fullName company { id name } }
                error { code message }
              }
            }""";

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @ParameterizedTest(name = "{0} lookups make {1} bulk calls")
    @CsvSource({ "99, 1", "100, 1", "101, 2", "250, 3" })
    void chunksOfAtMostOneHundred(int n, int expectedCalls) {
        List<Map<String, String>> people = Simulator.people(n, 1_000 + n * 3);

        JsonPath answer = GraphQL.ok(PERSONS, Map.of("lookups", mixedLookups(people)));

        assertThat(answer.getList("errors")).isNull();
        List<String> ids = answer.getList("data.persons.person.id");
        assertThat(ids).containsExactlyElementsOf(people.stream().map(p -> p.get("id")).toList());
        List<String> companies = answer.getList("data.persons.person.company.name");
        assertThat(companies).containsExactlyElementsOf(people.stream().map(p -> p.get("companyName")).toList());
        assertThat(Simulator.requests()).containsOnlyKeys("POST /v2/person");
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(expectedCalls);
        assertThat(Simulator.batchSizes("POST /v2/person")).allMatch(size -> size <= 100)
                .hasSize(expectedCalls);
        assertThat(Simulator.batchSizes("POST /v2/person").stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(expectedCalls);
    }

    @Test
    void repeatedLookupsAreFetchedOnceAndAnsweredEverywhere() {
        List<Map<String, String>> people = Simulator.people(60, 2_000);
        List<Map<String, Object>> lookups = new ArrayList<>();
        for (Map<String, String> p : people) {
            lookups.add(Map.of("id", p.get("id")));
        }
        for (Map<String, String> p : people) {
            lookups.add(Map.of("id", p.get("id")));
        }

        JsonPath answer = GraphQL.ok(PERSONS, Map.of("lookups", lookups));

        List<String> ids = answer.getList("data.persons.person.id");
        assertThat(ids).hasSize(120);
        assertThat(ids.subList(60, 120)).isEqualTo(ids.subList(0, 60));
        assertThat(Simulator.batchSizes("POST /v2/person")).containsExactly(60);
    }

    @Test
    void creditsAreReportedPerRequestAsTheSimulatorChargedThem() {
        Simulator.reset();
        List<Map<String, String>> people = Simulator.people(30, 40_000);

        JsonPath answer = GraphQL.ok(PERSONS, Map.of("lookups", mixedLookups(people)));

        long charged = Simulator.stats().getLong("creditsCharged");
        assertThat(answer.getLong("extensions.cost.creditsCharged")).isEqualTo(charged);
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
    }

    /** Every identifier kind a PersonLookup supports, in turn. */
    static List<Map<String, Object>> mixedLookups(List<Map<String, String>> people) {
        List<Map<String, Object>> lookups = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Map<String, String> p = people.get(i);
            lookups.add(switch (i % 5) {
                case 0 -> Map.of("id", p.get("id"));
                case 1 -> p.get("email") != null ? Map.of("email", p.get("email")) : Map.of("id", p.get("id"));
                case 2 -> Map.of("linkedinUrl", p.get("linkedinUrl"));
                case 3 -> Map.of("firstName", p.get("firstName"), "lastName", p.get("lastName"),
                        "companyName", p.get("companyName"));
                default -> Map.of("firstName", p.get("firstName"), "lastName", p.get("lastName"),
                        "companyDomain", p.get("companyDomain"));
            });
        }
        return lookups;
    }
}
