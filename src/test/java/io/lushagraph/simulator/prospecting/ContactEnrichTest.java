package io.lushagraph.simulator.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code POST /prospecting/contact/enrich}: the answer's shape, credits, reveal flags and requestId scoping. */
@QuarkusTest
class ContactEnrichTest {

    private List<Map<String, Object>> people;
    private JsonPath search;

    @BeforeEach
    void searchFivePeople() {
        Sim.resetWithLedger();
        people = Sim.people(5, 50_200);
        search = Prospecting.contacts(Map.of("linkedinUrls", Prospecting.linkedinUrls(people)));
    }

    @Test
    void enrichRevealsTheRowsInOrderAtACreditEach() {
        List<String> ids = search.getList("data.contactId", String.class).subList(0, 3);

        JsonPath answer = Prospecting.enrichContacts(search.getString("requestId"), ids).statusCode(200).extract()
                .jsonPath();

        assertThat(answer.getString("requestId")).isEqualTo(search.getString("requestId"));
        assertThat(answer.getList("contacts.id", String.class)).containsExactlyElementsOf(ids);
        assertThat(answer.getList("contacts.isSuccess", Boolean.class)).containsOnly(true);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> row = search.getMap("data[" + i + "]");
            Map<String, Object> person = sampled((String) row.get("name"));
            String data = "contacts[" + i + "].data.";
            assertThat(answer.getString(data + "fullName")).isEqualTo(row.get("name"));
            assertThat(answer.getString(data + "jobTitle")).isEqualTo(row.get("jobTitle"));
            assertThat(answer.getLong(data + "companyId")).isEqualTo(((Number) row.get("companyId")).longValue());
            assertThat(answer.getString(data + "companyName")).isEqualTo(person.get("companyName"));
            assertThat(answer.getString(data + "socialLinks.linkedin")).isEqualTo(person.get("linkedinUrl"));
            if (person.get("email") != null) {
                assertThat(answer.getString(data + "emailAddresses[0].email")).isEqualTo(person.get("email"));
            }
            assertThat(answer.getInt(data + "seniority[0].id")).isBetween(1, 10);
            assertThat(answer.getString(data + "seniority[0].value")).isLowerCase();
            assertThat(answer.getList(data + "departments")).isNotEmpty();
            assertThat(answer.getString(data + "location.country_iso2")).hasSize(2);
            assertThat(answer.getString(data + "company.mainIndustry")).isNotBlank();
        }
        assertThat(answer.getInt("billing.creditsCharged")).isEqualTo(3);
        assertThat(Sim.stats()).containsEntry("creditsCharged", 3)
                .containsEntry("batchSizes", Map.of("POST /prospecting/contact/enrich", List.of(3)));
    }

    @Test
    void anIdenticalRevealWithin30DaysIsFreeAndTheContactShowsAsRevealed() {
        List<String> ids = search.getList("data.contactId", String.class).subList(0, 2);
        Prospecting.enrichContacts(search.getString("requestId"), ids).statusCode(200);

        JsonPath again = Prospecting.contacts(Map.of("linkedinUrls", Prospecting.linkedinUrls(people)));
        JsonPath second = Prospecting.enrichContacts(again.getString("requestId"),
                again.getList("data.contactId", String.class)).statusCode(200).extract().jsonPath();

        assertThat(again.getList("data.isShown", Boolean.class)).containsExactly(true, true, false, false, false);
        assertThat(second.getInt("billing.creditsCharged")).isEqualTo(3);
        assertThat(second.getList("contacts.data.isShown", Boolean.class)).containsExactly(true, true, false, false,
                false);
        assertThat(Sim.stats()).containsEntry("creditsCharged", 5);
    }

    @Test
    void revealEmailsAloneLeavesThePhonesOut() {
        List<String> ids = search.getList("data.contactId", String.class);

        JsonPath emailsOnly = Prospecting.post("/contact/enrich", Map.of("requestId", search.getString("requestId"),
                "contactIds", ids, "revealEmails", true)).statusCode(200).extract().jsonPath();
        JsonPath phonesOnly = Prospecting.post("/contact/enrich", Map.of("requestId", search.getString("requestId"),
                "contactIds", ids, "revealPhones", true)).statusCode(200).extract().jsonPath();

        assertThat(emailsOnly.getList("contacts.data.phoneNumbers", List.class)).filteredOn(Objects::nonNull)
                .isNotEmpty().containsOnly(List.of());
        assertThat(phonesOnly.getList("contacts.data.emailAddresses", List.class)).filteredOn(Objects::nonNull)
                .isNotEmpty().containsOnly(List.of());
        assertThat(emailsOnly.getList("contacts.data.emailAddresses", List.class)).anyMatch(e -> !e.isEmpty());
        assertThat(phonesOnly.getList("contacts.isSuccess", Boolean.class)).contains(true);
    }

    @Test
    void anIdFromAnotherSearchIsA400NamingIt() {
        JsonPath other = Prospecting.contacts(Map.of("linkedinUrls", Prospecting.linkedinUrls(people)));
        String foreign = other.getString("data[0].contactId");
        String own = search.getString("data[0].contactId");

        Prospecting.enrichContacts(search.getString("requestId"), List.of(own, foreign)).statusCode(400)
                .body("statusCode", equalTo(400)).body("message", containsString(foreign))
                .body("message", containsString(search.getString("requestId")))
                .body("errors", hasItem("contactIds[1] " + foreign + " was not returned by search "
                        + search.getString("requestId")));
        assertThat(Sim.stats()).containsEntry("creditsCharged", 0).containsEntry("batchSizes", Map.of());
    }

    @Test
    void anUnknownOrMalformedRequestIdIsA400() {
        List<String> ids = search.getList("data.contactId", String.class);

        Prospecting.enrichContacts(UUID.randomUUID().toString(), ids).statusCode(400)
                .body("message", containsString("is not a known contact search"));
        Prospecting.enrichContacts("req_123", ids).statusCode(400).body("errors", hasItem("requestId must be a UUID"));
        String companySearch = Prospecting.companies(Map.of()).getString("requestId");
        Prospecting.enrichContacts(companySearch, ids).statusCode(400)
                .body("message", containsString("is not a known contact search"));
    }

    @Test
    void oneToAHundredIdsAreAccepted() {
        String requestId = search.getString("requestId");

        Prospecting.enrichContacts(requestId, List.of()).statusCode(400)
                .body("errors", hasItem("contactIds must contain at least 1 elements"));
        Prospecting.enrichContacts(requestId, Collections.nCopies(101, search.getString("data[0].contactId")))
                .statusCode(400).body("errors", hasItem("contactIds must contain no more than 100 elements"));
        Prospecting.post("/contact/enrich", Map.of("requestId", requestId)).statusCode(400)
                .body("errors", hasItem("contactIds must be an array"));
    }

    @Test
    void aContactWithNothingToRevealIsUnsuccessfulAndFree() {
        JsonPath page = Prospecting.contacts(Map.of("contacts", Map.of("include",
                Map.of("jobTitles", List.of("volunteer")), "exclude",
                Map.of("existing_data_points", List.of("phone", "work_email")))), Map.of());
        List<String> empty = page.getList("data.contactId", String.class);
        assertThat(page.getList("data.hasEmails", Boolean.class)).isNotEmpty().containsOnly(false);
        assertThat(page.getList("data.hasPhones", Boolean.class)).containsOnly(false);

        JsonPath answer = Prospecting.enrichContacts(page.getString("requestId"), empty.subList(0, 1)).statusCode(200)
                .extract().jsonPath();

        assertThat(answer.getBoolean("contacts[0].isSuccess")).isFalse();
        assertThat(answer.getMap("contacts[0]")).doesNotContainKey("data");
        assertThat(answer.getInt("billing.creditsCharged")).isZero();
    }

    private Map<String, Object> sampled(String fullName) {
        return people.stream().filter(p -> fullName.equals(p.get("firstName") + " " + p.get("lastName"))).findFirst()
                .orElseThrow();
    }
}
