package io.lushagraph.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code contactLookalikes}: Lusha's recommendations, paged with {@code requestId} and never repeating a contact. */
@QuarkusTest
class ContactLookalikePagingTest {

    static final String ENDPOINT = "POST /api/recommendations/contacts";
    static final String QUERY = """
            query($seeds: ContactSeedsInput!, $exclude: ContactSeedsInput, $limit: Int, $requestId: ID) {
              contactLookalikes(seeds: $seeds, exclude: $exclude, limit: $limit, requestId: $requestId) {
                requestId hasMore
                results { id name firstName lastName jobTitle company { id name } }
              }
            }""";

    private List<Map<String, String>> seeds;

    @BeforeEach
    void reset() {
        List<Map<String, Object>> lookups = Simulator.people(3, 73_000).stream()
                .map(p -> Map.<String, Object> of("id", p.get("id"))).toList();
        seeds = GraphQL.ok("query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id company { id } } } }",
                Map.of("l", lookups)).<Map<String, Object>> getList("data.persons.person").stream()
                .map(p -> Map.of("personId", (String) p.get("id"),
                        "companyId", (String) ((Map<?, ?>) p.get("company")).get("id")))
                .toList();
        Simulator.reset();
    }

    @Test
    void theRequestIdPagesWithoutRepeats() {
        Map<String, Object> variables = new HashMap<>(Map.of("seeds", Map.of("contacts", seeds.subList(0, 2)),
                "limit", 10));

        List<JsonPath> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonPath answer = GraphQL.ok(QUERY, variables);
            assertThat(answer.getList("errors")).isNull();
            assertThat(Simulator.requests()).as("page %d", page).isEqualTo(Map.of(ENDPOINT, page));
            assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
            assertThat(answer.getInt("extensions.cost.creditsCharged")).isEqualTo(10);
            pages.add(answer);
            variables.put("requestId", answer.getString("data.contactLookalikes.requestId"));
        }

        List<String> ids = pages.stream()
                .flatMap(p -> p.<String> getList("data.contactLookalikes.results.id").stream()).toList();
        assertThat(ids).hasSize(30).doesNotHaveDuplicates()
                .doesNotContain(seeds.get(0).get("personId"), seeds.get(1).get("personId"));
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.getString("data.contactLookalikes.requestId")).isEqualTo(variables.get("requestId"));
            assertThat(p.getBoolean("data.contactLookalikes.hasMore")).isTrue();
        });
        Map<String, Object> first = pages.get(0).getMap("data.contactLookalikes.results[0]");
        assertThat(first.get("name")).isEqualTo(first.get("firstName") + " " + first.get("lastName"));
        assertThat((String) first.get("jobTitle")).isNotBlank();
        assertThat(pages.get(0).getMap("data.contactLookalikes.results[0].company")).containsOnlyKeys("id", "name");
        assertThat(Simulator.batchSizes(ENDPOINT)).containsExactly(2, 2, 2);
    }

    @Test
    void excludedContactsAreLeftOut() {
        Map<String, Object> seed = Map.of("contacts", List.of(seeds.get(2)));
        List<String> first = GraphQL.ok(QUERY, Map.of("seeds", seed, "limit", 4))
                .getList("data.contactLookalikes.results.id");

        JsonPath again = GraphQL.ok(QUERY, Map.of("seeds", seed, "limit", 4, "exclude",
                Map.of("contacts", List.of(Map.of("personId", first.get(0), "companyId", "1")))));

        assertThat(again.<String> getList("data.contactLookalikes.results.id")).doesNotContain(first.get(0))
                .startsWith(first.get(1), first.get(2), first.get(3));
        assertThat(again.getBoolean("data.contactLookalikes.hasMore")).isTrue();
        assertThat(Simulator.requests(ENDPOINT)).isEqualTo(2);
    }

    @Test
    void anUnknownRequestIdIsLookalikeSessionExpired() {
        JsonPath answer = GraphQL.ok(QUERY, Map.of("seeds", Map.of("contacts", seeds.subList(0, 1)),
                "requestId", "req_never-issued"));

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("LOOKALIKE_SESSION_EXPIRED");
        assertThat(answer.getString("errors[0].message")).contains("requestId is invalid or expired");
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(Simulator.requests()).isEqualTo(Map.of(ENDPOINT, 1));
    }
}
