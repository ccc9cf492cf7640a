package io.lushagraph.simulator.lookalike;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The legacy {@code /api/recommendations/*}: {@code requestId} paging without repeats, errors as {@code {error}}. */
@QuarkusTest
class RecommendationsTest {

    static final String CONTACTS = "/api/recommendations/contacts";
    static final String COMPANIES = "/api/recommendations/companies";

    private List<Map<String, Object>> people;
    private final Map<Object, String> companyIds = new HashMap<>();

    @BeforeEach
    void reset() {
        people = Sim.people(3, 71_000);
        people.forEach(p -> companyIds.put(p.get("id"), Sim.api().queryParam("domain", p.get("companyDomain"))
                .get("/v2/company").then().statusCode(200).extract().path("data.id").toString()));
        Sim.resetWithLedger();
    }

    @Test
    void theRequestIdPagesThroughNewContacts() {
        List<Map<String, Object>> seeds = people.subList(0, 2).stream()
                .map(p -> Map.<String, Object> of("personId", p.get("id"), "companyId", companyIdOf(p))).toList();
        Map<String, Object> body = new HashMap<>(Map.of("contacts", seeds, "limit", 10));

        List<JsonPath> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonPath page = post(CONTACTS, body).then().statusCode(200).extract().jsonPath();
            pages.add(page);
            body.put("requestId", page.getString("requestId"));
        }

        List<String> ids = pages.stream().flatMap(p -> p.<String> getList("contacts.personId").stream()).toList();
        assertThat(ids).hasSize(30).doesNotHaveDuplicates()
                .doesNotContain((String) people.get(0).get("id"), (String) people.get(1).get("id"));
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.getMap("$")).containsOnlyKeys("contacts", "requestId", "count", "creditsCharged");
            assertThat(page.getString("requestId")).isEqualTo(body.get("requestId"));
            assertThat(page.getInt("count")).isEqualTo(10);
            assertThat(page.getInt("creditsCharged")).isEqualTo(10);
        });
        Map<String, Object> first = pages.get(0).getMap("contacts[0]");
        assertThat(first).containsOnlyKeys("personId", "companyId", "name", "jobTitle", "companyName");
        assertThat((String) first.get("name")).contains(" ");
        assertThat(first.get("companyId").toString()).containsOnlyDigits();
        assertThat(Sim.stats().get("batchSizes")).isEqualTo(Map.of("POST " + CONTACTS, List.of(2, 2, 2)));
        assertThat(Sim.stats().get("creditsCharged")).isEqualTo(30);
        assertThat(Sim.creditsUsed()).isEqualTo(30);
    }

    @Test
    void theRequestIdPagesThroughNewCompanies() {
        Map<String, Object> seed = Sim.companies(1, 7_100).get(0);
        Map<String, Object> body = new HashMap<>(Map.of("companies", List.of(Map.of("companyId", seed.get("id")))));

        JsonPath first = post(COMPANIES, body).then().statusCode(200).extract().jsonPath();
        body.put("requestId", first.getString("requestId"));
        JsonPath second = post(COMPANIES, body).then().statusCode(200).extract().jsonPath();

        List<String> ids = new ArrayList<>(first.getList("companies.companyId"));
        ids.addAll(second.getList("companies.companyId"));
        assertThat(ids).hasSize(50).doesNotHaveDuplicates().doesNotContain((String) seed.get("id"));
        assertThat(first.getMap("companies[0]")).containsOnlyKeys("companyId", "name", "fqdn", "description");
        assertThat(first.getString("companies[0].fqdn")).startsWith("www.");
        assertThat(second.getString("requestId")).isEqualTo(first.getString("requestId"));
        assertThat(second.getInt("count")).isEqualTo(25);
    }

    @Test
    void excludeTakesObjectsOrBareIds() {
        Map<String, Object> seed = Map.of("personId", people.get(2).get("id"), "companyId", companyIdOf(people.get(2)));
        List<String> first = post(CONTACTS, Map.of("contacts", List.of(seed), "limit", 4)).then().statusCode(200)
                .extract().jsonPath().getList("contacts.personId");

        List<String> again = post(CONTACTS, Map.of("contacts", List.of(seed), "limit", 4, "exclude",
                List.of(Map.of("personId", first.get(0), "companyId", "1"), first.get(1)))).then().statusCode(200)
                .extract().jsonPath().getList("contacts.personId");

        assertThat(again).doesNotContain(first.get(0), first.get(1)).startsWith(first.get(2), first.get(3));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"contacts\":[{\"personId\":\"1\",\"companyId\":\"2\"}],\"limit\":26}  | 400 | limit must not be greater than 25",
            "{\"contacts\":[]}                                                     | 400 | contacts must contain at least 1 elements",
            "{\"contacts\":[{\"personId\":\"abc\",\"companyId\":\"2\"}]}           | 400 | contacts.0.personId must be a numeric string",
            "{\"contacts\":[{\"personId\":\"1\"}]}                                 | 400 | contacts.0.companyId should not be empty",
            "{\"contacts\":[{\"personId\":\"1\",\"companyId\":\"2\"}],\"requestId\":\"req_unknown\"} | 410 | requestId is invalid or expired" })
    void errorsTakeTheLegacyShape(String body, int status, String message) {
        JsonPath json = post(CONTACTS, body).then().statusCode(status).extract().jsonPath();

        assertThat(json.getMap("$")).containsOnlyKeys("error");
        assertThat(json.getMap("error")).containsOnlyKeys("code", "message");
        assertThat(json.getInt("error.code")).isEqualTo(status);
        assertThat(json.getString("error.message")).contains(message);
    }

    @Test
    void theGatesErrorsTakeTheLegacyShapeToo() {
        JsonPath json = given().basePath("/lusha-sim").header("api_key", "wrong").contentType(ContentType.JSON)
                .body(Map.of("companies", List.of(Map.of("companyId", "1")))).post(COMPANIES).then().statusCode(401)
                .header("x-rate-limit-daily", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();

        assertThat(json.getMap("$")).isEqualTo(Map.of("error", Map.of("code", 401, "message", "Invalid API key")));
        assertThat(Sim.stats().get("requests")).isEqualTo(Map.of("POST " + COMPANIES, 1));
    }

    private static io.restassured.response.Response post(String path, Object body) {
        return Sim.api().body(body).post(path);
    }

    private String companyIdOf(Map<String, Object> person) {
        return companyIds.get(person.get("id"));
    }
}
