package io.lushagraph.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Seeds, limits and session ids Lusha would refuse are {@code INVALID_INPUT} before any call. */
@QuarkusTest
class LookalikeValidationTest {

    private static final Map<String, Object> ONE_DOMAIN = Map.of("domains", List.of("acme.example"));
    private static final Map<String, Object> ONE_CONTACT = Map.of("contacts",
            List.of(Map.of("personId", "1000000001", "companyId", "1001")));

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    static Stream<Arguments> companyCases() {
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> "c" + i + ".example").toList();
        return Stream.of(
                Arguments.of("no seed", Map.of("seeds", Map.of())),
                Arguments.of("empty seed lists", Map.of("seeds", Map.of("domains", List.of(), "linkedinUrls", List.of()))),
                Arguments.of("a blank domain", Map.of("seeds", Map.of("domains", List.of(" ")))),
                Arguments.of("101 domains", Map.of("seeds", Map.of("domains", tooMany))),
                Arguments.of("101 excluded domains", Map.of("seeds", ONE_DOMAIN, "exclude", Map.of("domains", tooMany))),
                Arguments.of("limit 0", Map.of("seeds", ONE_DOMAIN, "limit", 0)),
                Arguments.of("limit 101", Map.of("seeds", ONE_DOMAIN, "limit", 101)),
                Arguments.of("a session that is no UUID", Map.of("seeds", ONE_DOMAIN, "session", "next-page")));
    }

    @ParameterizedTest(name = "companyLookalikes with {0}")
    @MethodSource("companyCases")
    void companyLookalikesRefuses(String why, Map<String, Object> variables) {
        assertInvalidWithoutCalls(GraphQL.ok(CompanyLookalikePagingTest.QUERY, variables));
    }

    static Stream<Arguments> contactCases() {
        List<Map<String, String>> tooMany = IntStream.range(0, 101)
                .mapToObj(i -> Map.of("personId", Integer.toString(i), "companyId", "1")).toList();
        return Stream.of(
                Arguments.of("no seed", Map.of("seeds", Map.of("contacts", List.of()))),
                Arguments.of("a person id that is no number",
                        Map.of("seeds", Map.of("contacts", List.of(Map.of("personId", "dana", "companyId", "1"))))),
                Arguments.of("a blank company id",
                        Map.of("seeds", Map.of("contacts", List.of(Map.of("personId", "1", "companyId", ""))))),
                Arguments.of("101 seeds", Map.of("seeds", Map.of("contacts", tooMany))),
                Arguments.of("limit 0", Map.of("seeds", ONE_CONTACT, "limit", 0)),
                Arguments.of("limit 26", Map.of("seeds", ONE_CONTACT, "limit", 26)),
                Arguments.of("a blank requestId", Map.of("seeds", ONE_CONTACT, "requestId", " ")));
    }

    @ParameterizedTest(name = "contactLookalikes with {0}")
    @MethodSource("contactCases")
    void contactLookalikesRefuses(String why, Map<String, Object> variables) {
        assertInvalidWithoutCalls(GraphQL.ok(ContactLookalikePagingTest.QUERY, variables));
    }

    @Test
    void nestedLimitsOutOfLushasRangeAreRefusedWithoutALookalikeCall() {
        Map<String, String> company = Simulator.companies(1, 7_500).get(0);
        Map<String, String> person = Simulator.people(1, 76_000).get(0);
        String query = """
                query($domain: String, $id: ID) {
                  company(lookup: { domain: $domain }) { name lookalikes(limit: 101) { dedupeSessionId } }
                  person(lookup: { id: $id }) { id lookalikes(limit: 26) { requestId } }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("domain", company.get("domain"), "id", person.get("id")));

        assertThat(answer.getString("data.company.name")).isEqualTo(company.get("name"));
        assertThat(answer.getString("data.person.id")).isEqualTo(person.get("id"));
        assertThat(answer.<String> getList("errors.extensions.code")).containsExactly("INVALID_INPUT", "INVALID_INPUT");
        assertThat(answer.<List<Object>> getList("errors.path")).containsExactlyInAnyOrder(
                List.of("company", "lookalikes"), List.of("person", "lookalikes"));
        assertThat(Simulator.requests()).isEqualTo(Map.of("POST /v2/company", 1, "POST /v2/person", 1));
    }

    private static void assertInvalidWithoutCalls(JsonPath answer) {
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests()).isEmpty();
    }
}
