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
import io.lushagraph.Metrics;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code companies} goes to Lusha's bulk company endpoint ({@code POST /v2/company}) 100 per call, and to
 * {@code POST /bulk/company/v2} for an account that answers the first with 404; {@code company} finds one or null.
 */
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
        assertThat(Simulator.requests()).containsOnlyKeys("POST /v2/company");
        assertThat(Simulator.batchSizes("POST /v2/company")).hasSize(expectedCalls)
                .allMatch(size -> size <= 100);
        assertThat(Simulator.batchSizes("POST /v2/company").stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
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
        assertThat(Simulator.requests("POST /v2/company")).isEqualTo(1);
    }

    @Test
    void aLookupWithoutIdentifierIsInvalidInput() {
        JsonPath answer = GraphQL.ok("{ company(lookup: {}) { id } }", Map.of());

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void theBulkCallGoesToTheDocumentedPathOnly() {
        List<Map<String, String>> companies = Simulator.companies(2, 1_234);

        JsonPath answer = GraphQL.ok(COMPANIES, Map.of("lookups", byDomain(companies)));

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getList("data.companies.company.id", String.class))
                .containsExactlyElementsOf(companies.stream().map(c -> c.get("id")).toList());
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of("POST /v2/company", 1));
        assertThat(Simulator.batchSizes("POST /v2/company")).containsExactly(2);
    }

    @Test
    void anAccountThatDoesNotServeTheDocumentedPathIsServedByTheOtherFromThenOn() {
        Simulator.fault(Map.of("endpoint", "POST /v2/company", "status", 404));
        double fallbacksBefore = fallbacks();
        List<Map<String, String>> first = Simulator.companies(2, 2_345);
        List<Map<String, String>> second = Simulator.companies(2, 3_456);

        JsonPath answer = GraphQL.ok(COMPANIES, Map.of("lookups", byDomain(first)));

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getList("data.companies.error")).containsOnlyNulls();
        assertThat(answer.getList("data.companies.company.id", String.class))
                .containsExactlyElementsOf(first.stream().map(c -> c.get("id")).toList());
        assertThat(Simulator.requests()).isEqualTo(Map.of("POST /v2/company", 1, "POST /bulk/company/v2", 1));
        assertThat(Simulator.batchSizes("POST /bulk/company/v2")).containsExactly(2);
        assertThat(fallbacks() - fallbacksBefore).isEqualTo(1.0);

        Simulator.zeroStats();
        JsonPath again = GraphQL.ok(COMPANIES, Map.of("lookups", byDomain(second)));
        JsonPath single = GraphQL.ok("query($d: String) { company(lookup: { domain: $d }) { id } }",
                Map.of("d", Simulator.companies(1, 4_567).get(0).get("domain")));

        assertThat(again.getList("data.companies.company.id", String.class))
                .containsExactlyElementsOf(second.stream().map(c -> c.get("id")).toList());
        assertThat(single.getString("data.company.id")).isNotNull();
        assertThat(Simulator.requests()).isEqualTo(Map.of("POST /bulk/company/v2", 2));
        assertThat(fallbacks() - fallbacksBefore).isEqualTo(1.0);
    }

    @Test
    void whenNeitherPathIsServedTheLookupFailsAfterOneCallToEach() {
        Simulator.fault(Map.of("endpoint", "POST /v2/company", "status", 404));
        Simulator.fault(Map.of("endpoint", "POST /bulk/company/v2", "status", 404));

        JsonPath answer = GraphQL.ok(COMPANIES, Map.of("lookups", byDomain(Simulator.companies(2, 5_678))));

        assertThat(answer.getList("data.companies.error.code")).containsExactly("NOT_FOUND", "NOT_FOUND");
        assertThat(Simulator.requests()).isEqualTo(Map.of("POST /v2/company", 1, "POST /bulk/company/v2", 1));
    }

    private static List<Map<String, Object>> byDomain(List<Map<String, String>> companies) {
        return companies.stream().<Map<String, Object>> map(c -> Map.of("domain", c.get("domain"))).toList();
    }

    private static double fallbacks() {
        return Metrics.sum("lusha_upstream_path_fallbacks_total",
                Map.of("endpoint", "POST /v2/company", "fallback", "POST /bulk/company/v2", "account", "default"));
    }
}
