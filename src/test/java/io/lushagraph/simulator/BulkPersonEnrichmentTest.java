package io.lushagraph.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BulkPersonEnrichmentTest {

    private List<Map<String, Object>> people;

    @BeforeEach
    void pickPeople() {
        Sim.reset();
        people = Sim.people(30, 2_000).stream().filter(p -> p.get("email") != null).toList();
    }

    @Test
    void answersAreKeyedByContactIdWithCompaniesDeduplicated() {
        Map<String, Object> a = people.get(0);
        Map<String, Object> b = people.get(1);
        List<Map<String, Object>> contacts = List.of(
                Map.of("contactId", "by-id", "personId", a.get("id")),
                Map.of("contactId", "by-email", "email", b.get("email")),
                Map.of("contactId", "by-linkedin", "linkedinUrl", a.get("linkedinUrl")),
                Map.of("contactId", "by-name", "fullName", b.get("firstName") + " " + b.get("lastName"),
                        "companies", List.of(Map.of("domain", b.get("companyDomain"), "isCurrent", true))),
                Map.of("contactId", "nobody", "email", "nobody@nowhere.example"));

        JsonPath json = Sim.api().body(Map.of("contacts", contacts)).post("/v2/person").then().statusCode(200)
                .extract().jsonPath();

        assertThat(json.getMap("contacts").keySet())
                .containsExactly("by-id", "by-email", "by-linkedin", "by-name", "nobody");
        assertThat(json.getString("contacts.by-id.data.personId")).isEqualTo(a.get("id"));
        assertThat(json.getString("contacts.by-email.data.personId")).isEqualTo(b.get("id"));
        assertThat(json.getString("contacts.by-linkedin.data.personId")).isEqualTo(a.get("id"));
        assertThat(json.getString("contacts.by-name.data.fullName"))
                .isEqualTo(b.get("firstName") + " " + b.get("lastName"));
        assertThat(json.getMap("contacts.by-id.data")).doesNotContainKey("company");
        assertThat(json.getString("contacts.nobody.error.name")).isEqualTo("EMPTY_DATA");
        assertThat(json.getBoolean("contacts.nobody.isCreditCharged")).isFalse();
        assertThat(json.getMap("contacts.nobody")).doesNotContainKey("data");

        String companyA = json.getString("contacts.by-id.data.companyId");
        String companyB = json.getString("contacts.by-email.data.companyId");
        assertThat(json.getMap("companies").keySet()).containsExactlyInAnyOrder(
                List.of(companyA, companyB).stream().distinct().toArray());
        assertThat(json.getMap("companies").get(companyA)).extracting(c -> ((Map<?, ?>) c).get("name"))
                .isEqualTo(a.get("companyName"));
    }

    @Test
    void metadataRevealsOnlyPhonesForEveryContact() {
        List<Map<String, Object>> contacts = people.subList(0, 5).stream()
                .map(p -> Map.<String, Object> of("contactId", p.get("id"), "personId", p.get("id"))).toList();

        JsonPath json = Sim.api().body(Map.of("contacts", contacts, "metadata", Map.of("revealPhones", true)))
                .post("/v2/person").then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> found = contacts.stream()
                .map(c -> json.<String, Object> getMap("contacts.'" + c.get("contactId") + "'.data"))
                .filter(data -> data != null).toList();
        assertThat(found).isNotEmpty();
        for (Map<String, Object> data : found) {
            assertThat((List<?>) data.get("emailAddresses")).isEmpty();
            assertThat((List<?>) data.get("emails")).isEmpty();
            assertThat((List<?>) data.get("phoneNumbers")).isNotEmpty();
        }
    }

    @Test
    void batchesOfAnySizeUpToAHundredAreAcceptedAndRecorded() {
        List<Map<String, Object>> hundred = Sim.people(100, 2_100);

        Sim.bulkByPersonId(hundred).then().statusCode(200);
        Sim.bulkByPersonId(hundred.subList(0, 50)).then().statusCode(200);
        Sim.bulkByPersonId(List.of()).then().statusCode(400);

        assertThat(Sim.stats().get("batchSizes")).isEqualTo(Map.of("POST /v2/person", List.of(100, 50)));
        assertThat(Sim.stats().get("requests")).isEqualTo(Map.of("POST /v2/person", 3));
    }

    @Test
    void invalidBatchesAreRejectedWithLushasValidationShape() {
        List<Map<String, Object>> tooMany = IntStream.range(0, 101)
                .mapToObj(i -> Map.<String, Object> of("contactId", "c" + i, "email", "x" + i + "@y.z")).toList();
        List<Map<String, Object>> problems = new ArrayList<>();
        problems.add(Map.of("email", "a@b.c"));
        problems.add(Map.of("contactId", "dup", "email", "a@b.c"));
        problems.add(Map.of("contactId", "dup", "email", "d@e.f"));
        problems.add(Map.of("contactId", "none"));
        problems.add(Map.of("contactId", "company", "fullName", "Dana Levi",
                "companies", List.of(Map.of("name", "X"))));

        rejected(Map.of("contacts", tooMany), "contacts must contain no more than 100 elements");
        rejected(Map.of("contacts", List.of()), "contacts must contain at least 1 elements");
        rejected(Map.of("metadata", Map.of()), "contacts must be an array");
        rejected(Map.of("contacts", problems), "contacts[0].contactId is required");
        rejected(Map.of("contacts", problems), "contacts[2].contactId must be unique");
        rejected(Map.of("contacts", problems),
                "contacts[3] must include personId, email, linkedinUrl or fullName with companies");
        rejected(Map.of("contacts", problems), "contacts[4].companies[0].isCurrent is required");
        Sim.api().body("{\"contacts\": [").post("/v2/person").then().statusCode(400)
                .body("message", equalTo("Validation failed")).body("errors[0]", containsString("JSON"));
    }

    private static void rejected(Map<String, Object> body, String error) {
        Sim.api().body(body).post("/v2/person").then().statusCode(400)
                .body("statusCode", equalTo(400))
                .body("message", equalTo("Validation failed"))
                .body("errors", hasItem(error));
    }
}
