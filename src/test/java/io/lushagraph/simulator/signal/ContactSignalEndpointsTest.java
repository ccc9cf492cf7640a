package io.lushagraph.simulator.signal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * {@code POST /api/signals/contacts} and {@code /api/signals/contacts/search} (Lusha's getContactSignalsById and
 * searchContactSignals).
 */
@QuarkusTest
class ContactSignalEndpointsTest {

    private static final List<String> CONTACT_SIGNAL_FIELDS = List.of("personId", "currentCompanyId",
            "currentCompanyName", "currentDepartments", "currentSeniorityLabel", "currentTitle", "signalDate",
            "previousCompanyName", "previousDomain", "currentDomain");

    private List<Map<String, Object>> people;

    @BeforeEach
    void reset() {
        Sim.resetWithLedger();
        people = Sim.people(60, 60_000);
    }

    @Test
    void answersByIdWithAnArrayPerTypeTheWindowAndTheCreditsCharged() {
        List<Long> ids = ids(people);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        JsonPath json = byId(Map.of("contactIds", ids, "signals", List.of("promotion", "companyChange")));

        assertThat(json.getMap("contacts").keySet()).containsExactlyElementsOf(ids.stream().map(String::valueOf)
                .toList());
        assertThat(json.getString("startDate")).isEqualTo(today.minusMonths(6).toString());
        assertThat(json.getString("endDate")).isEqualTo(today.toString());
        int nonEmpty = 0;
        for (Long id : ids) {
            Map<String, Object> contact = json.getMap("contacts.'" + id + "'");
            assertThat(contact).containsOnlyKeys("personId", "promotion", "companyChange")
                    .containsEntry("personId", id.toString());
            for (String type : List.of("promotion", "companyChange")) {
                List<Map<String, Object>> items = json.getList("contacts.'" + id + "'." + type);
                nonEmpty += items.isEmpty() ? 0 : 1;
                for (Map<String, Object> item : items) {
                    assertThat(item.keySet()).containsExactlyElementsOf(CONTACT_SIGNAL_FIELDS);
                    assertThat(item).containsEntry("personId", id.toString());
                    LocalDate date = LocalDate.parse((String) item.get("signalDate"));
                    assertThat(date).isBetween(today.minusMonths(6), today);
                }
            }
        }
        assertThat(nonEmpty).isPositive();
        assertThat(json.getInt("creditCharged")).isEqualTo(nonEmpty);
        assertThat(Sim.stats()).containsEntry("creditsCharged", nonEmpty);
        assertThat(byId(Map.of("contactIds", ids, "signals", List.of("allSignals"))).getInt("creditCharged"))
                .as("the same signal types of the same people within 30 days are free").isZero();
        assertThat(Sim.stats()).extracting(s -> ((Map<?, ?>) s.get("batchSizes")).get("POST /api/signals/contacts"))
                .isEqualTo(List.of(60, 60));
    }

    @Test
    void startDateAndMaxResultsPerSignalShapeTheAnswer() {
        List<Long> ids = ids(people);
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusYears(3);

        JsonPath all = byId(Map.of("contactIds", ids, "signals", List.of("promotion"), "startDate",
                since.toString()));
        JsonPath capped = byId(Map.of("contactIds", ids, "signals", List.of("promotion"), "startDate",
                since.toString(), "maxResultsPerSignal", 1));

        assertThat(all.getString("startDate")).isEqualTo(since.toString());
        int longest = 0;
        for (Long id : ids) {
            List<Map<String, Object>> items = all.getList("contacts.'" + id + "'.promotion");
            longest = Math.max(longest, items.size());
            assertThat(items).allSatisfy(i -> assertThat(LocalDate.parse((String) i.get("signalDate")))
                    .isAfterOrEqualTo(since));
            assertThat(capped.<Map<String, Object>> getList("contacts.'" + id + "'.promotion"))
                    .isEqualTo(items.subList(0, Math.min(1, items.size())));
        }
        assertThat(longest).isGreaterThan(1);
    }

    @Test
    void searchFindsPeopleByEachIdentifierAndAgreesWithTheIdEndpoint() {
        Map<String, Object> a = people.get(0);
        Map<String, Object> b = people.get(1);
        String email = (String) people.stream().filter(p -> p.get("email") != null).findFirst().get().get("email");
        List<Map<String, Object>> contacts = List.of(
                Map.of("id", "by-linkedin", "social_link", a.get("linkedinUrl")),
                Map.of("id", "by-email", "email", email),
                Map.of("id", "by-name", "full_name", b.get("firstName") + " " + b.get("lastName"), "companies",
                        List.of(Map.of("name", b.get("companyName")))),
                Map.of("id", String.valueOf(b.get("id"))),
                Map.of("id", "nobody", "email", "nobody@nowhere.example"));
        String since = LocalDate.now(ZoneOffset.UTC).minusYears(2).toString();

        JsonPath found = Sim.api().body(Map.of("contacts", contacts, "signals", List.of("allSignals"), "startDate",
                since)).post("/api/signals/contacts/search").then().statusCode(200).extract().jsonPath();
        JsonPath direct = byId(Map.of("contactIds", List.of(Long.valueOf((String) a.get("id"))), "signals",
                List.of("promotion", "companyChange"), "startDate", since));

        assertThat(found.getMap("contacts").keySet()).containsExactly("by-linkedin", "by-email", "by-name",
                b.get("id"));
        assertThat(found.getString("contacts.by-linkedin.personId")).isEqualTo(a.get("id"));
        assertThat(found.getString("contacts.by-name.personId")).isEqualTo(b.get("id"));
        assertThat(found.getString("contacts.'" + b.get("id") + "'.personId")).isEqualTo(b.get("id"));
        assertThat(found.<String, Object> getMap("contacts.by-linkedin"))
                .isEqualTo(direct.getMap("contacts.'" + a.get("id") + "'"));
        assertThat(Sim.stats()).extracting(
                s -> ((Map<?, ?>) s.get("batchSizes")).get("POST /api/signals/contacts/search"))
                .isEqualTo(List.of(5));
    }

    @Test
    void invalidRequestsAreRejectedWithLushasValidationAnswer() {
        List<Long> tooMany = IntStream.range(0, 101).mapToObj(i -> 1_000_000_000L + i).toList();

        rejected("/api/signals/contacts", Map.of("contactIds", List.of(1), "signals", List.of("surgeInHiring")),
                "each value in signals must be one of the following values: allSignals, promotion, companyChange");
        rejected("/api/signals/contacts", Map.of("contactIds", List.of(1)), "signals should not be empty");
        rejected("/api/signals/contacts", Map.of("contactIds", tooMany, "signals", List.of("promotion")),
                "contactIds must contain no more than 100 elements");
        rejected("/api/signals/contacts", Map.of("contactIds", List.of(1), "signals", List.of("promotion"),
                "startDate", "01/02/2025"), "startDate must be a valid ISO 8601 date string (YYYY-MM-DD)");
        rejected("/api/signals/contacts", Map.of("contactIds", List.of(1), "signals", List.of("promotion"),
                "maxResultsPerSignal", 0), "maxResultsPerSignal must not be less than 1");
        rejected("/api/signals/contacts/search", Map.of("contacts", List.of(Map.of("id", "x")), "signals",
                List.of("promotion")),
                "contacts[0] must include social_link, email, full_name with companies, "
                        + "or a numeric id");
        rejected("/api/signals/contacts/search", Map.of("contacts", List.of(Map.of("email", "a@b.example")),
                "signals", List.of("promotion")), "contacts[0].id is required");
        assertThat(Sim.stats()).extracting(s -> ((Map<?, ?>) s.get("requests")).get("POST /api/signals/contacts"))
                .isEqualTo(5);
        assertThat(Sim.stats()).extracting(s -> ((Map<?, ?>) s.get("batchSizes")).get("POST /api/signals/contacts"))
                .isNull();
    }

    @Test
    void peopleTheSimulatorDoesNotKnowAreLeftOutAndAWrongKeyIsRejected() {
        JsonPath json = byId(Map.of("contactIds", List.of(1L, ids(people).get(0)), "signals",
                List.of("promotion")));

        assertThat(json.getMap("contacts").keySet()).containsExactly(people.get(0).get("id"));
        given().basePath("/lusha-sim").header("api_key", "wrong").contentType(ContentType.JSON)
                .body(Map.of("contactIds", List.of(1), "signals", List.of("promotion")))
                .post("/api/signals/contacts").then().statusCode(401);
    }

    static JsonPath byId(Map<String, Object> body) {
        return Sim.api().body(body).post("/api/signals/contacts").then().statusCode(200).extract().jsonPath();
    }

    static List<Long> ids(List<Map<String, Object>> people) {
        return people.stream().map(p -> Long.valueOf((String) p.get("id"))).toList();
    }

    private static void rejected(String path, Map<String, Object> body, String error) {
        Sim.api().body(body).post(path).then().statusCode(400)
                .body("statusCode", equalTo(400))
                .body("message", startsWith("Validation failed"))
                .body("errors", hasItem(error));
    }
}
