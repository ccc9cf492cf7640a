package io.lushagraph.company;

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

/** {@code companies} goes to Lusha's bulk company endpoint 100 per call; {@code company} finds one or null. */
@QuarkusTest
class CompanyBatchingTest {

    static final String COMPANIES = """
            query($lookups: [CompanyLookup!]!) {
              companies(lookups: $lookups) { company { id name domain size { min max } } error { code } }
            }""";

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @ParameterizedTest(name = "{0} lookups make {1} bulk calls")
    @CsvSource({ "99, 1", "100, 1", "101, 2", "250, 3" })
    void chunksOfAtMostOneHundred(int n, int expectedCalls) {
        List<Map<String, String>> companies = Simulator.companies(n, n * 7);
        List<Map<String, Object>> lookups = new ArrayList<>();
        for (int i = 0; i < companies.size(); i++) {
            Map<String, String> c = companies.get(i);
            lookups.add(switch (i % 3) {
                case 0 -> Map.of("id", c.get("id"));
                case 1 -> Map.of("domain", c.get("domain"));
                default -> Map.of("name", c.get("name"));
            });
        }

        JsonPath answer = GraphQL.ok(COMPANIES, Map.of("lookups", lookups));

        assertThat(answer.getList("errors")).isNull();
        List<String> ids = answer.getList("data.companies.company.id");
        assertThat(ids).containsExactlyElementsOf(companies.stream().map(c -> c.get("id")).toList());
        assertThat(Simulator.requests()).containsOnlyKeys("POST /bulk/company/v2");
        assertThat(Simulator.batchSizes("POST /bulk/company/v2")).hasSize(expectedCalls)
                .allMatch(size -> size <= 100);
        assertThat(Simulator.batchSizes("POST /bulk/company/v2").stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
    }

    @Test
    void oneCompanyOrNull() {
        Map<String, String> known = Simulator.companies(1, 4_321).get(0);
        String query = """
                query($known: String, $unknown: String) {
                  known: company(lookup: { domain: $known }) { id name domain }
                  unknown: company(lookup: { domain: $unknown }) { id }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("known", known.get("domain"), "unknown", "no-such-company.invalid"));

        assertThat(answer.getString("data.known.id")).isEqualTo(known.get("id"));
        assertThat(answer.getString("data.known.name")).isEqualTo(known.get("name"));
        assertThat(answer.getString("data.unknown")).isNull();
        assertThat(answer.getList("errors")).isNull();
        assertThat(Simulator.requests("POST /bulk/company/v2")).isEqualTo(1);
    }

    @Test
    void aLookupWithoutIdentifierIsInvalidInput() {
        JsonPath answer = GraphQL.ok("{ company(lookup: {}) { id } }", Map.of());

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(Simulator.requests()).isEmpty();
    }
}
