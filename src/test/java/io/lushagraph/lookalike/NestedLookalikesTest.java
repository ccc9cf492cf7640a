package io.lushagraph.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.ConcurrentClients;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code Person.lookalikes} and {@code Company.lookalikes}: one call per parent, shared when identical, capped. */
@QuarkusTest
class NestedLookalikesTest {

    static final String RECOMMENDATIONS = "POST /api/recommendations/contacts";
    static final String LOOKALIKES = "POST /v3/lookalike/companies";

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void aPersonsLookalikesAreOneCallAndContinueWithContactLookalikes() {
        Map<String, String> known = Simulator.people(1, 74_000).get(0);
        String query = """
                query($id: ID) {
                  person(lookup: { id: $id }) {
                    id company { id }
                    lookalikes(limit: 5) { requestId hasMore results { id } }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("id", known.get("id")));

        assertThat(answer.getList("errors")).isNull();
        List<String> first = answer.getList("data.person.lookalikes.results.id");
        assertThat(first).hasSize(5).doesNotContain(known.get("id"));
        assertThat(answer.getBoolean("data.person.lookalikes.hasMore")).isTrue();
        assertThat(Simulator.requests()).isEqualTo(Map.of("POST /v2/person", 1, RECOMMENDATIONS, 1));
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(2);
        assertThat(answer.getLong("extensions.cost.creditsCharged"))
                .isEqualTo(Simulator.stats().getLong("creditsCharged"));

        JsonPath more = GraphQL.ok(ContactLookalikePagingTest.QUERY, Map.of("limit", 5,
                "requestId", answer.getString("data.person.lookalikes.requestId"), "seeds", Map.of("contacts",
                        List.of(Map.of("personId", known.get("id"),
                                "companyId", answer.getString("data.person.company.id"))))));

        assertThat(more.<String> getList("data.contactLookalikes.results.id")).hasSize(5)
                .doesNotContainAnyElementsOf(first);
    }

    @Test
    void aCompanysLookalikesAreOneCallAndContinueWithCompanyLookalikes() {
        Map<String, String> known = Simulator.companies(1, 7_400).get(0);
        String query = """
                query($domain: String) {
                  company(lookup: { domain: $domain }) {
                    lookalikes(limit: 7) { dedupeSessionId hasMore results { domain } }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("domain", known.get("domain")));

        List<String> first = answer.getList("data.company.lookalikes.results.domain");
        assertThat(first).hasSize(7).doesNotContain(known.get("domain"));
        assertThat(Simulator.requests()).isEqualTo(Map.of("POST /v2/company", 1, LOOKALIKES, 1));
        assertThat(Simulator.batchSizes(LOOKALIKES)).containsExactly(1);
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(2);

        JsonPath more = GraphQL.ok(CompanyLookalikePagingTest.QUERY, Map.of("limit", 7,
                "session", answer.getString("data.company.lookalikes.dedupeSessionId"),
                "seeds", Map.of("domains", List.of(known.get("domain")))));

        assertThat(more.<String> getList("data.companyLookalikes.results.domain")).hasSize(7)
                .doesNotContainAnyElementsOf(first);
    }

    @Test
    void aliasesKeepTheirOwnLimitAndIdenticalOnesShareOneCall() {
        Map<String, String> known = Simulator.companies(1, 7_410).get(0);
        String query = """
                query($domain: String) {
                  company(lookup: { domain: $domain }) {
                    a: lookalikes(limit: 3) { dedupeSessionId results { domain } }
                    b: lookalikes(limit: 5) { dedupeSessionId results { domain } }
                    c: lookalikes(limit: 3) { dedupeSessionId results { domain } }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("domain", known.get("domain")));

        assertThat(answer.getList("data.company.a.results")).hasSize(3);
        assertThat(answer.getList("data.company.b.results")).hasSize(5);
        assertThat(answer.getMap("data.company.c")).isEqualTo(answer.getMap("data.company.a"));
        assertThat(answer.getString("data.company.b.dedupeSessionId"))
                .isNotEqualTo(answer.getString("data.company.a.dedupeSessionId"));
        assertThat(Simulator.requests(LOOKALIKES)).isEqualTo(2);
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(3);
        assertThat(answer.getInt("extensions.cost.creditsCharged")).isEqualTo(1 + 3 + 5);
    }

    @Test
    void everyCompanyOfAListIsItsOwnCall() {
        List<Map<String, Object>> lookups = Simulator.companies(3, 7_420).stream()
                .map(c -> Map.<String, Object> of("domain", c.get("domain"))).toList();
        String query = """
                query($lookups: [CompanyLookup!]!) {
                  companies(lookups: $lookups) { company { domain lookalikes(limit: 2) { results { domain } } } }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("lookups", lookups));

        List<Map<String, Object>> found = answer.getList("data.companies.company");
        assertThat(found).hasSize(3).allSatisfy(company -> assertThat(
                ((List<?>) ((Map<?, ?>) company.get("lookalikes")).get("results"))).hasSize(2)
                .noneMatch(result -> ((Map<?, ?>) result).get("domain").equals(company.get("domain"))));
        assertThat(Simulator.requests()).isEqualTo(Map.of("POST /v2/company", 1, LOOKALIKES, 3));
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(4);
    }

    @Test
    void oneRequestExpandsAtMostTwentyFiveParents() {
        List<Map<String, Object>> lookups = Simulator.people(60, 75_000).stream()
                .collect(Collectors.toMap(p -> p.get("companyDomain"), p -> p.get("id"), (a, b) -> a))
                .values().stream().limit(13).map(id -> Map.<String, Object> of("id", id)).toList();
        String query = """
                query($lookups: [PersonLookup!]!) {
                  persons(lookups: $lookups) {
                    person { lookalikes(limit: 1) { requestId } company { lookalikes(limit: 1) { dedupeSessionId } } }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("lookups", lookups));

        assertThat(lookups).hasSize(13);
        assertThat(answer.getList("errors")).hasSize(1);
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("at most 25");
        assertThat(answer.<Object> getList("errors[0].path")).last().isEqualTo("lookalikes");
        assertThat(Simulator.requests(RECOMMENDATIONS) + Simulator.requests(LOOKALIKES)).isEqualTo(25);
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(1 + 25);
    }

    @Test
    void concurrentIdenticalExpansionsOfOneTenantShareACall() throws Exception {
        String domain = Simulator.companies(1, 7_430).get(0).get("domain");
        Simulator.fault(Map.of("endpoint", LOOKALIKES, "latencyMs", 400, "count", 2));
        String query = """
                query($domain: String) {
                  company(lookup: { domain: $domain }) { lookalikes(limit: 4) { dedupeSessionId results { domain } } }
                }""";
        List<Map<String, Object>> variables = Collections.nCopies(4, Map.of("domain", domain));

        CompletableFuture<List<JsonNode>> globex = CompletableFuture.supplyAsync(() -> post(GraphQL.GLOBEX_KEY,
                query, variables.subList(0, 1)));
        List<JsonNode> acme = post(GraphQL.ACME_KEY, query, variables);

        List<String> acmeSessions = new ArrayList<>();
        acme.forEach(a -> acmeSessions.add(a.at("/data/company/lookalikes/dedupeSessionId").asText()));
        assertThat(acmeSessions).hasSize(4).containsOnly(acmeSessions.get(0));
        // The shared lookalike call, and the company lookup unless it reached the cache before this request asked.
        assertThat(acme).allSatisfy(a -> assertThat(a.at("/extensions/cost/upstreamCalls").asInt()).isBetween(1, 2));
        assertThat(Simulator.requests("POST /v2/company")).isEqualTo(1);
        assertThat(globex.get().get(0).at("/data/company/lookalikes/dedupeSessionId").asText())
                .isNotEqualTo(acmeSessions.get(0));
        assertThat(Simulator.requests(LOOKALIKES)).isEqualTo(2);
    }

    private List<JsonNode> post(String tenantKey, String query, List<Map<String, Object>> variables) {
        try {
            return ConcurrentClients.postAll(graphql, tenantKey, query, variables);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
