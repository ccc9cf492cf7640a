package io.lushagraph.simulator.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code POST /v3/lookalike/contacts}: people like the seeds, paged without repeats within a dedupe session. */
@QuarkusTest
class ContactLookalikesTest {

    static final String PATH = "/v3/lookalike/contacts";

    private List<Map<String, Object>> people;

    @BeforeEach
    void reset() {
        people = Sim.people(8, 70_000).stream().filter(p -> p.get("email") != null).toList();
        Sim.resetWithLedger();
    }

    @Test
    void getMoreReturnsNewPeopleWhoShareADepartmentWithASeed() {
        List<Map<String, Object>> seeds = people.subList(0, 2);
        Set<String> seedDepartments = Sim.contacts(seeds).values().stream()
                .flatMap(c -> ((List<?>) ((Map<?, ?>) c.get("jobTitle")).get("departments")).stream())
                .map(Object::toString).collect(Collectors.toSet());
        Map<String, Object> body = new HashMap<>(Map.of("limit", 20, "seeds",
                Map.of("emails", List.of(seeds.get(0).get("email")),
                        "linkedinUrls", List.of(seeds.get(1).get("linkedinUrl")))));

        List<JsonPath> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonPath page = lookalikes(body);
            pages.add(page);
            body.put("dedupeSessionId", page.getString("dedupeSessionId"));
        }

        List<String> ids = pages.stream().flatMap(p -> p.<String> getList("results.contactId").stream()).toList();
        assertThat(ids).hasSize(60).doesNotHaveDuplicates()
                .doesNotContain((String) seeds.get(0).get("id"), (String) seeds.get(1).get("id"));
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.getString("dedupeSessionId")).isEqualTo(body.get("dedupeSessionId"));
            assertThat(page.getInt("meta.returned")).isEqualTo(20);
            assertThat(page.getBoolean("meta.hasMore")).isTrue();
            assertThat(page.getInt("creditsCharged")).isEqualTo(20);
            assertThat(page.<List<String>> getList("results.jobTitle.departments"))
                    .allSatisfy(departments -> assertThat(departments).containsAnyElementsOf(seedDepartments));
        });
        JsonPath first = pages.get(0);
        assertThat(first.getString("results[0].socialLinks.linkedin")).startsWith("https://www.linkedin.com/in/");
        assertThat(first.getString("results[0].company.companyId")).containsOnlyDigits();
        assertThat(first.getString("results[0].company.domain")).isNotBlank();
        assertThat(first.getString("results[0].jobTitle.seniority")).isNotBlank();
        assertThat(first.getMap("results[0].location")).containsKeys("country", "state", "city");
        assertThat(((Map<?, ?>) Sim.stats().get("batchSizes")).get("POST " + PATH)).isEqualTo(List.of(2, 2, 2));
        assertThat(Sim.stats().get("creditsCharged")).isEqualTo(62);
    }

    @Test
    void everyKindOfIdentifierNamesTheSameSeed() {
        Map<String, Object> seed = people.get(2);
        List<Map<String, Object>> seedsByKind = List.of(
                Map.of("contactIds", List.of(Long.parseLong((String) seed.get("id")))),
                Map.of("emails", List.of(seed.get("email"))),
                Map.of("linkedinUrls", List.of(seed.get("linkedinUrl"))),
                Map.of("contacts", List.of(Map.of("firstName", seed.get("firstName"), "lastName",
                        seed.get("lastName"), "companyDomain", seed.get("companyDomain")))),
                Map.of("contacts", List.of(Map.of("firstName", seed.get("firstName"), "lastName",
                        seed.get("lastName"), "companyName", seed.get("companyName")))));

        List<List<String>> pages = seedsByKind.stream()
                .map(seeds -> lookalikes(Map.of("seeds", seeds, "limit", 8)).<String> getList("results.contactId"))
                .toList();

        assertThat(pages.get(0)).hasSize(8);
        assertThat(pages).allSatisfy(page -> assertThat(page).isEqualTo(pages.get(0)));
    }

    @Test
    void excludedPeopleAreNeverReturned() {
        Map<String, Object> seeds = Map.of("contactIds", List.of(Long.parseLong((String) people.get(3).get("id"))));
        List<String> first = lookalikes(Map.of("seeds", seeds, "limit", 4)).getList("results.contactId");

        List<String> again = lookalikes(Map.of("seeds", seeds, "limit", 4, "exclude",
                Map.of("contactIds", first.subList(0, 2).stream().map(Long::parseLong).toList())))
                .getList("results.contactId");

        assertThat(again).hasSize(4).doesNotContainAnyElementsOf(first.subList(0, 2))
                .startsWith(first.get(2), first.get(3));
    }

    @Test
    void anUnknownSessionIsGoneInTheContactShape() {
        JsonPath gone = Sim.api().body(Map.of("seeds", Map.of("emails", List.of(people.get(0).get("email"))),
                "dedupeSessionId", UUID.randomUUID().toString())).post(PATH).then().statusCode(410).extract()
                .jsonPath();

        assertThat(gone.getMap("$")).containsOnlyKeys("code", "message");
        assertThat(gone.getString("code")).isEqualTo("DEDUPE_SESSION_INVALID");
        assertThat(gone.getString("message")).startsWith("The provided dedupeSessionId is invalid or expired.");
        assertThat(Sim.stats().get("creditsCharged")).isEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"seeds\":{\"phones\":[\"+1 555\"]}}                             | property seeds.phones should not exist",
            "{\"seeds\":{\"contactIds\":[1]},\"offset\":3}                     | property offset should not exist",
            "{\"seeds\":{\"emails\":[\"not-an-email\"]}}                       | seeds.emails.0 must be an email",
            "{\"seeds\":{\"contacts\":[{\"firstName\":\"Dana\"}]}}             | seeds.contacts.0 must have a firstName and a lastName",
            "{\"seeds\":{\"contactIds\":[]}}                                   | seeds must include at least one",
            "{\"seeds\":{\"contactIds\":[1]},\"limit\":0}                      | limit must not be less than 1",
            "{\"seeds\":{\"contactIds\":[1]},\"exclude\":{\"emails\":[\"x\"]}} | exclude.emails.0 must be an email" })
    void invalidRequestsAreValidationErrors(String body, String error) {
        JsonPath json = Sim.api().body(body).post(PATH).then().statusCode(400).extract().jsonPath();

        assertThat(json.getString("message")).isEqualTo("Validation failed");
        assertThat(json.<String> getList("errors")).anySatisfy(e -> assertThat(e).contains(error));
    }

    static JsonPath lookalikes(Map<String, Object> body) {
        return Sim.api().body(body).post(PATH).then().statusCode(200).extract().jsonPath();
    }
}
