package io.lushagraph.prospecting;

import static io.lushagraph.prospecting.ProspectingQueries.ENRICH_CONTACTS;
import static io.lushagraph.prospecting.ProspectingQueries.SEARCH_CONTACTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Search, then enrich some of the contacts found, end to end through GraphQL. */
@QuarkusTest
class SearchAndEnrichContactsTest {

    static final String ENRICH = "POST /prospecting/contact/enrich";
    static final String SEARCH = "POST /prospecting/contact/search";

    private List<Map<String, String>> people;

    @BeforeEach
    void reset() {
        Simulator.reset();
        Sim.resetWithLedger();
        people = Simulator.people(6, 51_000);
    }

    @Test
    void searchThenEnrichThreeOfItsContacts() {
        JsonPath search = GraphQL.ok(SEARCH_CONTACTS, Map.of("filters",
                Map.of("linkedinUrls", ProspectingQueries.linkedinUrls(people)), "page", Map.of("size", 10)));
        String requestId = search.getString("data.searchContacts.requestId");
        List<Map<String, Object>> rows = search.getList("data.searchContacts.contacts");
        List<String> ids = rows.subList(0, 3).stream().map(r -> (String) r.get("id")).toList();

        JsonPath enriched = GraphQL.ok(ENRICH_CONTACTS, Map.of("requestId", requestId, "ids", ids));

        assertThat(search.getInt("data.searchContacts.totalResults")).isEqualTo(6);
        assertThat(search.getInt("data.searchContacts.size")).isEqualTo(10);
        assertThat(search.getInt("data.searchContacts.page")).isZero();
        assertThat(rows).hasSize(6).allMatch(row -> Boolean.FALSE.equals(row.get("alreadyRevealed")));
        assertThat(search.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(enriched.getList("errors")).isNull();
        for (int i = 0; i < 3; i++) {
            String result = "data.enrichContacts[" + i + "].";
            Map<String, Object> row = rows.get(i);
            Map<String, String> sampled = sampled((String) row.get("name"));
            assertThat(enriched.getString(result + "contactId")).isEqualTo(ids.get(i));
            assertThat(enriched.getString(result + "error")).isNull();
            assertThat(enriched.getString(result + "person.id")).isEqualTo(ids.get(i));
            assertThat(enriched.getString(result + "person.fullName")).isEqualTo(row.get("name"));
            assertThat(enriched.getString(result + "person.jobTitle.title")).isEqualTo(row.get("jobTitle"));
            assertThat(enriched.getString(result + "person.company.id")).isEqualTo(row.get("companyId"));
            assertThat(enriched.getString(result + "person.company.name")).isEqualTo(row.get("companyName"));
            assertThat(enriched.getString(result + "person.socialLinks.linkedin")).isEqualTo(sampled.get("linkedinUrl"));
            assertThat(enriched.getList(result + "person.emails.address", String.class)).isEqualTo(
                    sampled.get("email") == null ? List.of() : List.of(sampled.get("email")));
            assertThat(enriched.getString(result + "person.location.countryCode")).hasSize(2);
        }
        assertThat(enriched.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(enriched.getInt("extensions.cost.creditsCharged")).isEqualTo(3);
        assertThat(Simulator.requests(SEARCH)).isEqualTo(1);
        assertThat(Simulator.requests(ENRICH)).isEqualTo(1);
        assertThat(Simulator.batchSizes(ENRICH)).containsExactly(3);
    }

    @Test
    void anIdFromAnotherSearchIsInvalidInputAndFailsAloneWithoutBeingSent() {
        JsonPath first = search(people.subList(0, 3));
        JsonPath second = search(people.subList(3, 6));
        String own0 = first.getString("data.searchContacts.contacts[0].id");
        String own1 = first.getString("data.searchContacts.contacts[1].id");
        String foreign = second.getString("data.searchContacts.contacts[0].id");

        JsonPath mixed = GraphQL.ok(ENRICH_CONTACTS, Map.of("requestId",
                first.getString("data.searchContacts.requestId"), "ids", List.of(own0, foreign, own1)));
        JsonPath onlyForeign = GraphQL.ok(ENRICH_CONTACTS, Map.of("requestId",
                first.getString("data.searchContacts.requestId"), "ids", List.of(foreign)));

        assertThat(mixed.getString("data.enrichContacts[0].person.id")).isEqualTo(own0);
        assertThat(mixed.getString("data.enrichContacts[1].person")).isNull();
        assertThat(mixed.getString("data.enrichContacts[1].error.code")).isEqualTo("INVALID_INPUT");
        assertThat(mixed.getString("data.enrichContacts[1].error.message")).contains("not returned by search");
        assertThat(mixed.getString("data.enrichContacts[2].person.id")).isEqualTo(own1);
        assertThat(mixed.getInt("extensions.cost.creditsCharged")).isEqualTo(2);
        assertThat(onlyForeign.getString("data.enrichContacts[0].error.code")).isEqualTo("INVALID_INPUT");
        assertThat(onlyForeign.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests(ENRICH)).isEqualTo(1);
        assertThat(Simulator.batchSizes(ENRICH)).containsExactly(2);
    }

    @Test
    void aSearchTheGatewayDidNotMakeIsCheckedByLushaAndItsForeignIdsFailAlone() {
        JsonPath elsewhere = ProspectingQueries.searchPastTheGateway(ProspectingQueries.linkedinUrls(people));
        List<String> rows = elsewhere.getList("data.contactId", String.class);
        String foreign = java.util.UUID.randomUUID().toString();

        JsonPath enriched = GraphQL.ok(ENRICH_CONTACTS, Map.of("requestId", elsewhere.getString("requestId"), "ids",
                List.of(rows.get(0), foreign, rows.get(1))));

        assertThat(enriched.getString("data.enrichContacts[0].person.fullName")).isEqualTo(
                elsewhere.getString("data[0].name"));
        assertThat(enriched.getString("data.enrichContacts[1].error.code")).isEqualTo("INVALID_INPUT");
        assertThat(enriched.getString("data.enrichContacts[1].error.message")).contains("Lusha refused this id");
        assertThat(enriched.getString("data.enrichContacts[2].person.fullName")).isEqualTo(
                elsewhere.getString("data[1].name"));
        assertThat(enriched.getInt("extensions.cost.upstreamCalls")).isEqualTo(2);
        assertThat(enriched.getInt("extensions.cost.creditsCharged")).isEqualTo(2);
        assertThat(Simulator.requests(ENRICH)).isEqualTo(2);
        assertThat(Simulator.batchSizes(ENRICH)).containsExactly(2);
    }

    @Test
    void duplicateIdsAreEnrichedOnceAndAnsweredEachTime() {
        JsonPath search = search(people.subList(0, 2));
        String id0 = search.getString("data.searchContacts.contacts[0].id");
        String id1 = search.getString("data.searchContacts.contacts[1].id");

        JsonPath enriched = GraphQL.ok(ENRICH_CONTACTS, Map.of("requestId",
                search.getString("data.searchContacts.requestId"), "ids", List.of(id0, id1, id0)));

        assertThat(enriched.getList("data.enrichContacts.contactId")).containsExactly(id0, id1, id0);
        assertThat(enriched.getString("data.enrichContacts[2].person.fullName"))
                .isEqualTo(enriched.getString("data.enrichContacts[0].person.fullName"));
        assertThat(Simulator.batchSizes(ENRICH)).containsExactly(2);
        assertThat(enriched.getInt("extensions.cost.creditsCharged")).isEqualTo(2);
    }

    @Test
    void revealEmailsAloneRevealsNoPhonesAndARevealedContactShowsInTheNextSearch() {
        JsonPath search = search(people);
        List<String> ids = search.getList("data.searchContacts.contacts.id", String.class);
        Map<String, Object> variables = new HashMap<>(Map.of("requestId",
                search.getString("data.searchContacts.requestId"), "ids", ids.subList(0, 2), "revealEmails", true));

        JsonPath enriched = GraphQL.ok(ENRICH_CONTACTS, variables);
        JsonPath again = search(people);

        assertThat(enriched.getList("data.enrichContacts.person.phones", List.class)).filteredOn(p -> p != null)
                .isNotEmpty().containsOnly(List.of());
        assertThat(again.getList("data.searchContacts.contacts.alreadyRevealed", Boolean.class))
                .containsExactly(true, true, false, false, false, false);
    }

    @Test
    void aMalformedRequestIdIsInvalidInputBeforeAnyCall() {
        JsonPath answer = GraphQL.ok(ENRICH_CONTACTS, Map.of("requestId", "req_123456789", "ids", List.of("a")));

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getString("data")).isNull();
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests()).isEmpty();
    }

    private static JsonPath search(List<Map<String, String>> who) {
        return GraphQL.ok(SEARCH_CONTACTS, Map.of("filters", Map.of("linkedinUrls",
                ProspectingQueries.linkedinUrls(who))));
    }

    private Map<String, String> sampled(String fullName) {
        return people.stream().filter(p -> fullName.equals(p.get("firstName") + " " + p.get("lastName"))).findFirst()
                .orElseThrow();
    }
}
