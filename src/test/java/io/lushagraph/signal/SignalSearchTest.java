package io.lushagraph.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code contactSignals} and {@code companySignals}: one result per lookup in order, 100 lookups per search call,
 * an invalid lookup failing alone before any call.
 */
@QuarkusTest
class SignalSearchTest {

    @BeforeEach
    void reset() {
        Simulator.reset();
        Sim.resetWithLedger();
    }

    @Test
    void contactSignalsOfOneHundredAndOneLookupsMakeTwoSearchCallsInOrder() {
        List<Map<String, String>> people = Simulator.people(101, 67_000);
        List<String> ids = people.stream().map(p -> p.get("id")).toList();
        List<Map<String, Object>> lookups = new ArrayList<>(mixedLookups(people));
        lookups.add(50, Map.of("firstName", "Only", "lastName", "Names"));
        lookups.add(Map.of("email", "nobody@nowhere.example"));
        String since = LocalDate.now(ZoneOffset.UTC).minusYears(1).toString();
        String query = """
                query($lookups: [PersonLookup!]!, $since: Date) {
                  contactSignals(lookups: $lookups, since: $since) {
                    personId signals { type date currentCompanyName } error { code message }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("lookups", lookups, "since", since));

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getList("data.contactSignals")).hasSize(103);
        List<String> expectedIds = new ArrayList<>(ids);
        expectedIds.add(50, null);
        expectedIds.add(null);
        assertThat(answer.<String> getList("data.contactSignals.personId")).isEqualTo(expectedIds);
        assertThat(answer.getString("data.contactSignals[50].error.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getString("data.contactSignals[102].error")).isNull();
        assertThat(Simulator.requests()).containsOnlyKeys("POST /api/signals/contacts/search");
        assertThat(Simulator.batchSizes("POST /api/signals/contacts/search")).containsExactlyInAnyOrder(100, 2);
        assertThat(answer.getLong("extensions.cost.creditsCharged"))
                .isEqualTo(Simulator.stats().getLong("creditsCharged")).isPositive();

        Map<String, List<Map<String, Object>>> expected = SimulatorSignals.contacts(ids,
                List.of("promotion", "companyChange"), since);
        for (int i = 0; i < 103; i++) {
            String personId = expectedIds.get(i);
            List<Map<String, Object>> signals = answer.getList("data.contactSignals[" + i + "].signals");
            List<Map<String, Object>> pairs = signals.stream()
                    .map(s -> Map.of("type", s.get("type"), "date", s.get("date"))).toList();
            assertThat(sorted(pairs)).isEqualTo(sorted(personId == null ? List.of() : expected.get(personId)));
        }
    }

    @Test
    void companySignalsOfOneHundredAndOneLookupsMakeTwoSearchCallsInOrder() {
        List<Map<String, String>> companies = Simulator.companies(101, 6_700);
        List<String> ids = companies.stream().map(c -> c.get("id")).toList();
        List<Map<String, Object>> lookups = new ArrayList<>();
        for (int i = 0; i < companies.size(); i++) {
            Map<String, String> c = companies.get(i);
            lookups.add(switch (i % 3) {
                case 0 -> Map.of("id", c.get("id"));
                case 1 -> Map.of("domain", c.get("domain"));
                default -> Map.of("name", c.get("name"));
            });
        }
        lookups.add(0, Map.of("id", "not-a-number"));
        String query = """
                query($lookups: [CompanyLookup!]!) {
                  companySignals(lookups: $lookups, types: [SURGE_IN_HIRING_BY_DEPARTMENT]) {
                    companyId signals { type date department } error { code }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("lookups", lookups));

        List<String> expectedIds = new ArrayList<>(ids);
        expectedIds.add(0, null);
        assertThat(answer.<String> getList("data.companySignals.companyId")).isEqualTo(expectedIds);
        assertThat(answer.<String> getList("data.companySignals.error.code")).containsOnlyOnce("INVALID_INPUT")
                .startsWith("INVALID_INPUT");
        assertThat(Simulator.batchSizes("POST /api/signals/companies/search")).containsExactlyInAnyOrder(100, 1);
        Map<String, List<Map<String, Object>>> expected = SimulatorSignals.companies(ids,
                List.of("surgeInHiringByDepartment"), null);
        for (int i = 1; i < expectedIds.size(); i++) {
            List<Map<String, Object>> signals = answer.getList("data.companySignals[" + i + "].signals");
            assertThat(signals).allSatisfy(s -> assertThat(s.get("department")).isNotNull());
            assertThat(signals.stream().map(s -> Map.of("type", s.get("type"), "date", s.get("date"))).toList())
                    .isEqualTo(expected.get(expectedIds.get(i)));
        }
    }

    @Test
    void onlyInvalidLookupsMakeNoCall() {
        JsonPath answer = GraphQL.ok("""
                { contactSignals(lookups: [{ id: "abc" }, { firstName: "No" }]) { personId error { code } } }""",
                Map.of());

        assertThat(answer.<String> getList("data.contactSignals.error.code")).containsExactly("INVALID_INPUT",
                "INVALID_INPUT");
        assertThat(Simulator.requests()).isEmpty();
    }

    /** Every identifier kind a PersonLookup supports, in turn. */
    private static List<Map<String, Object>> mixedLookups(List<Map<String, String>> people) {
        List<Map<String, Object>> lookups = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Map<String, String> p = people.get(i);
            lookups.add(switch (i % 5) {
                case 0 -> Map.of("id", p.get("id"));
                case 1 -> p.get("email") != null ? Map.of("email", p.get("email")) : Map.of("id", p.get("id"));
                case 2 -> Map.of("linkedinUrl", p.get("linkedinUrl"));
                case 3 -> Map.of("firstName", p.get("firstName"), "lastName", p.get("lastName"), "companyName",
                        p.get("companyName"));
                default -> Map.of("firstName", p.get("firstName"), "lastName", p.get("lastName"), "companyDomain",
                        p.get("companyDomain"));
            });
        }
        return lookups;
    }

    /** Signals of one date may come in either type order; the gateway orders by date only. */
    static List<Map<String, Object>> sorted(List<Map<String, Object>> pairs) {
        return pairs.stream().sorted((a, b) -> {
            int byDate = ((String) b.get("date")).compareTo((String) a.get("date"));
            return byDate != 0 ? byDate : ((String) a.get("type")).compareTo((String) b.get("type"));
        }).toList();
    }
}
