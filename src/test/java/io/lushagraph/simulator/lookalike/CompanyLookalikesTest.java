package io.lushagraph.simulator.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code POST /v3/lookalike/companies}: similar companies, paged without repeats within a dedupe session. */
@QuarkusTest
class CompanyLookalikesTest {

    static final String PATH = "/v3/lookalike/companies";

    private List<Map<String, Object>> companies;

    @BeforeEach
    void reset() {
        companies = Sim.companies(5, 7_000);
        Sim.resetWithLedger();
    }

    @Test
    void getMoreNeverRepeatsACompanyAndNeverReturnsTheSeed() {
        Map<String, Object> seed = companies.get(0);
        String seedIndustry = Sim.api().queryParam("domain", seed.get("domain")).get("/v2/company").then()
                .statusCode(200).extract().jsonPath().getString("data.mainIndustry");
        Map<String, Object> body = new HashMap<>(Map.of("seeds", Map.of("domains", List.of(seed.get("domain"))),
                "limit", 10));

        List<JsonPath> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonPath page = lookalikes(body);
            pages.add(page);
            body.put("dedupeSessionId", page.getString("dedupeSessionId"));
        }

        List<String> domains = pages.stream().flatMap(p -> p.<String> getList("results.domain").stream()).toList();
        assertThat(domains).hasSize(40).doesNotHaveDuplicates().doesNotContain((String) seed.get("domain"));
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.getString("dedupeSessionId")).isEqualTo(body.get("dedupeSessionId"));
            assertThat(page.getInt("meta.returned")).isEqualTo(10);
            assertThat(page.getBoolean("meta.hasMore")).isTrue();
            assertThat(page.getInt("creditsCharged")).isEqualTo(10);
            assertThat(page.<String> getList("results.industry")).containsOnly(seedIndustry);
        });
        JsonPath first = pages.get(0);
        assertThat(UUID.fromString(first.getString("dedupeSessionId"))).isNotNull();
        assertThat(first.getString("results[0].linkedinUrl")).startsWith("https://www.linkedin.com/company/");
        assertThat(first.getLong("results[0].employeeCount")).isPositive();
        assertThat(first.getString("results[0].name")).isNotBlank();
        assertThat(first.getString("results[0].location.country")).isNotBlank();
        assertThat(first.getMap("results[0].location")).containsKeys("country", "state", "city");
        Map<String, Object> stats = Sim.stats();
        assertThat(stats.get("requests")).isEqualTo(Map.of("GET /v2/company", 1, "POST " + PATH, 4));
        assertThat(stats.get("batchSizes")).isEqualTo(Map.of("POST " + PATH, List.of(1, 1, 1, 1)));
        assertThat(stats.get("creditsCharged")).isEqualTo(41);
        assertThat(Sim.creditsUsed()).isEqualTo(41);
    }

    @Test
    void theSameSeedsRankTheSameWhicheverIdentifierNamesThem() {
        Map<String, Object> seed = companies.get(1);
        String slug = ((String) seed.get("domain")).replace('.', '-');

        JsonPath byDomain = lookalikes(Map.of("seeds", Map.of("domains", List.of("www." + seed.get("domain")))));
        JsonPath byLinkedin = lookalikes(Map.of("seeds",
                Map.of("linkedinUrls", List.of("linkedin.com/company/" + slug + "/"))));

        assertThat(byDomain.<String> getList("results.domain")).hasSize(25)
                .isEqualTo(byLinkedin.getList("results.domain"));
        assertThat(byDomain.getString("dedupeSessionId")).isNotEqualTo(byLinkedin.getString("dedupeSessionId"));
    }

    @Test
    void excludedCompaniesAreNeverReturned() {
        List<Object> seeds = List.of(companies.get(2).get("domain"), companies.get(3).get("domain"));
        List<String> first = lookalikes(Map.of("seeds", Map.of("domains", seeds), "limit", 5))
                .getList("results.domain");

        List<String> again = lookalikes(Map.of("seeds", Map.of("domains", seeds), "limit", 5,
                "exclude", Map.of("domains", first.subList(0, 3)))).getList("results.domain");

        assertThat(again).hasSize(5).doesNotContainAnyElementsOf(first.subList(0, 3))
                .startsWith(first.get(3), first.get(4));
        assertThat(Sim.stats().get("batchSizes")).isEqualTo(Map.of("POST " + PATH, List.of(2, 2)));
    }

    @Test
    void anUnknownOrForeignSessionIsGoneInTheCompanyShape() {
        Map<String, Object> seeds = Map.of("domains", List.of(companies.get(0).get("domain")));
        String contactSession = Sim.api().body(Map.of("seeds", Map.of("contactIds", List.of(1)), "limit", 1))
                .post("/v3/lookalike/contacts").then().statusCode(200).extract().path("dedupeSessionId");

        for (String session : List.of(UUID.randomUUID().toString(), contactSession)) {
            JsonPath gone = Sim.api().body(Map.of("seeds", seeds, "dedupeSessionId", session)).post(PATH).then()
                    .statusCode(410).extract().jsonPath();

            assertThat(gone.getMap("$")).containsOnlyKeys("statusCode", "errors", "message");
            assertThat(gone.getInt("statusCode")).isEqualTo(410);
            assertThat(gone.getList("errors")).containsExactly("DEDUPE_SESSION_INVALID");
            assertThat(gone.getString("message")).startsWith("The provided dedupeSessionId is invalid or expired.");
        }
        assertThat(Sim.stats().get("creditsCharged")).isEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"seeds\":{\"domains\":[\"acme.example\"]},\"limit\":0}            | limit must not be less than 1",
            "{\"seeds\":{\"domains\":[\"acme.example\"]},\"limit\":101}          | limit must not be greater than 100",
            "{\"seeds\":{}}                                                    | seeds must include at least one",
            "{\"limit\":5}                                                     | seeds must include at least one",
            "{\"seeds\":{\"domains\":[\" \"]}}                                 | seeds.domains.0 should not be empty",
            "{\"seeds\":{\"domains\":[\"a.example\"]},\"dedupeSessionId\":\"x\"} | dedupeSessionId must be a UUID",
            "{\"seeds\":{\"domains\":\"a.example\"}}                           | matching the request schema" })
    void invalidRequestsAreValidationErrors(String body, String error) {
        JsonPath json = Sim.api().body(body).post(PATH).then().statusCode(400).extract().jsonPath();

        assertThat(json.getInt("statusCode")).isEqualTo(400);
        assertThat(json.<String> getList("errors")).anySatisfy(e -> assertThat(e).contains(error));
        assertThat(Sim.stats().get("batchSizes")).isEqualTo(Map.of());
    }

    @Test
    void moreThanOneHundredSeedsAreRefused() {
        List<String> domains = IntStream.range(0, 101).mapToObj(i -> "company" + i + ".example").toList();

        Sim.api().body(Map.of("seeds", Map.of("domains", domains))).post(PATH).then().statusCode(400);
    }

    static JsonPath lookalikes(Map<String, Object> body) {
        return Sim.api().body(body).post(PATH).then().statusCode(200).extract().jsonPath();
    }
}
