package io.lushagraph.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code companyLookalikes}: "get more" with the dedupe session never returns a company twice. */
@QuarkusTest
class CompanyLookalikePagingTest {

    static final String ENDPOINT = "POST /v3/lookalike/companies";
    static final String QUERY = """
            query($seeds: CompanySeedsInput!, $exclude: CompanySeedsInput, $limit: Int, $session: ID) {
              companyLookalikes(seeds: $seeds, exclude: $exclude, limit: $limit, dedupeSessionId: $session) {
                dedupeSessionId hasMore
                results { name domain linkedinUrl employeeCount industry location { country state city } }
              }
            }""";

    private List<Map<String, String>> companies;

    @BeforeEach
    void reset() {
        companies = Simulator.companies(100, 7_300);
        Simulator.reset();
    }

    @Test
    void getMoreReturnsNoCompanyTwiceAndNeverASeed() {
        List<String> seeds = List.of(companies.get(0).get("domain"), companies.get(1).get("domain"));
        Map<String, Object> variables = new HashMap<>(Map.of("seeds", Map.of("domains", seeds), "limit", 10));

        List<JsonPath> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            JsonPath answer = GraphQL.ok(QUERY, variables);
            assertThat(answer.getList("errors")).isNull();
            assertThat(Simulator.requests()).as("page %d", page).isEqualTo(Map.of(ENDPOINT, page));
            assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
            assertThat(answer.getInt("extensions.cost.creditsCharged")).isEqualTo(10);
            pages.add(answer);
            variables.put("session", answer.getString("data.companyLookalikes.dedupeSessionId"));
        }

        List<String> domains = pages.stream()
                .flatMap(p -> p.<String> getList("data.companyLookalikes.results.domain").stream()).toList();
        assertThat(domains).hasSize(40).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seeds);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.getString("data.companyLookalikes.dedupeSessionId")).isEqualTo(variables.get("session"));
            assertThat(p.getBoolean("data.companyLookalikes.hasMore")).isTrue();
        });
        JsonPath first = pages.get(0);
        assertThat(first.getString("data.companyLookalikes.results[0].name")).isNotBlank();
        assertThat(first.getString("data.companyLookalikes.results[0].linkedinUrl"))
                .startsWith("https://www.linkedin.com/company/");
        assertThat(first.getInt("data.companyLookalikes.results[0].employeeCount")).isPositive();
        assertThat(first.getString("data.companyLookalikes.results[0].industry")).isNotBlank();
        assertThat(first.getString("data.companyLookalikes.results[0].location.country")).isNotBlank();
        assertThat(Simulator.batchSizes(ENDPOINT)).containsExactly(2, 2, 2, 2);
        assertThat(Simulator.stats().getLong("creditsCharged")).isEqualTo(40);
    }

    @Test
    void hasMoreTurnsFalseOnceTheSessionHasReturnedEveryLikeCompany() {
        Set<String> rareIndustries = Set.of("Utilities", "Oil, Gas & Mining", "Farming, Ranching, Forestry",
                "Organizations", "Government");
        String query = "query($l: [CompanyLookup!]!) { companies(lookups: $l) { company { domain industry } } }";
        List<Map<String, Object>> lookups = companies.stream().map(c -> Map.<String, Object> of("id", c.get("id")))
                .toList();
        String seed = GraphQL.ok(query, Map.of("l", lookups)).<Map<String, String>> getList("data.companies.company")
                .stream().filter(c -> rareIndustries.contains(c.get("industry"))).findFirst().orElseThrow()
                .get("domain");
        Simulator.reset();
        Map<String, Object> variables = new HashMap<>(Map.of("seeds", Map.of("domains", List.of(seed)), "limit", 100));

        List<String> domains = new ArrayList<>();
        boolean hasMore = true;
        for (int page = 0; hasMore && page < 10; page++) {
            JsonPath answer = GraphQL.ok(QUERY, variables);
            variables.put("session", answer.getString("data.companyLookalikes.dedupeSessionId"));
            domains.addAll(answer.getList("data.companyLookalikes.results.domain"));
            hasMore = answer.getBoolean("data.companyLookalikes.hasMore");
        }
        JsonPath after = GraphQL.ok(QUERY, variables);

        assertThat(hasMore).isFalse();
        assertThat(domains).isNotEmpty().doesNotHaveDuplicates().doesNotContain(seed);
        assertThat(after.getList("data.companyLookalikes.results")).isEmpty();
        assertThat(after.getBoolean("data.companyLookalikes.hasMore")).isFalse();
        assertThat(Simulator.requests(ENDPOINT)).isEqualTo(Simulator.batchSizes(ENDPOINT).size());
    }

    @Test
    void excludedCompaniesAreLeftOut() {
        Map<String, Object> seeds = Map.of("linkedinUrls",
                List.of("https://www.linkedin.com/company/" + companies.get(2).get("domain").replace('.', '-')));
        List<String> first = GraphQL.ok(QUERY, Map.of("seeds", seeds, "limit", 5))
                .getList("data.companyLookalikes.results.domain");

        JsonPath again = GraphQL.ok(QUERY, Map.of("seeds", seeds, "limit", 5, "exclude",
                Map.of("domains", first.subList(0, 2))));

        assertThat(again.<String> getList("data.companyLookalikes.results.domain")).hasSize(5)
                .doesNotContainAnyElementsOf(first.subList(0, 2)).startsWith(first.get(2));
        assertThat(Simulator.requests(ENDPOINT)).isEqualTo(2);
    }

    @Test
    void anUnknownSessionIsLookalikeSessionExpired() {
        JsonPath answer = GraphQL.ok(QUERY, Map.of("seeds", Map.of("domains", List.of(companies.get(3).get("domain"))),
                "session", UUID.randomUUID().toString()));

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("LOOKALIKE_SESSION_EXPIRED");
        assertThat(answer.getString("errors[0].message")).contains("410").contains("invalid or expired");
        assertThat(answer.getList("errors[0].path")).containsExactly("companyLookalikes");
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(answer.getInt("extensions.cost.creditsCharged")).isZero();
        assertThat(Simulator.requests()).isEqualTo(Map.of(ENDPOINT, 1));
    }
}
