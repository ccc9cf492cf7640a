package io.lushagraph.prospecting;

import static io.lushagraph.prospecting.ProspectingQueries.SEARCH_COMPANIES;
import static io.lushagraph.prospecting.ProspectingQueries.SEARCH_CONTACTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Contact searches through GraphQL: paging, include and exclude criteria, and input refused before any call. */
@QuarkusTest
class ProspectSearchTest {

    private static final Map<String, Object> LEGAL_SENIORS = Map.of("departments", List.of("Legal"), "seniorities",
            List.of(4));

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void pagesAreDisjointWithAStableTotal() {
        JsonPath first = contacts(LEGAL_SENIORS, 0);
        JsonPath second = contacts(LEGAL_SENIORS, 1);

        assertThat(first.getInt("data.searchContacts.totalResults")).isGreaterThan(100)
                .isEqualTo(second.getInt("data.searchContacts.totalResults"));
        assertThat(second.getInt("data.searchContacts.page")).isEqualTo(1);
        assertThat(first.getList("data.searchContacts.contacts.jobTitle", String.class))
                .containsOnly("Senior Legal Counsel");
        Set<String> firstPage = people(first);
        assertThat(firstPage).hasSize(50).doesNotContainAnyElementsOf(people(second));
        assertThat(Simulator.requests(SearchAndEnrichContactsTest.SEARCH)).isEqualTo(2);
    }

    @Test
    void includeAndExcludeCriteriaNarrowTheResults() {
        Map<String, Object> salesManagers = Map.of("departments", List.of("Sales"), "seniorities", List.of(5));
        Map<String, Object> notAccounts = Map.of("departments", List.of("Sales"), "seniorities", List.of(5),
                "exclude", Map.of("jobTitles", List.of("account")));
        Map<String, Object> inGermany = Map.of("departments", List.of("Sales"), "seniorities", List.of(5),
                "exclude", Map.of("jobTitles", List.of("account")), "company", Map.of("countries", List.of("Germany")));
        Map<String, Object> outsideBerlin = Map.of("departments", List.of("Sales"), "seniorities", List.of(5),
                "exclude", Map.of("jobTitles", List.of("account")), "company", Map.of("countries",
                        List.of("Germany"), "exclude",
                        Map.of("officeLocations", List.of(Map.of("country", "Germany", "state", "Berlin")))));

        JsonPath managers = contacts(salesManagers, 0);
        JsonPath sales = contacts(notAccounts, 0);
        JsonPath german = contacts(inGermany, 0);
        JsonPath munich = contacts(outsideBerlin, 0);

        assertThat(titles(managers)).containsOnly("Sales Manager", "Account Manager").contains("Account Manager");
        assertThat(titles(sales)).containsOnly("Sales Manager");
        assertThat(descriptions(german)).isNotEmpty().allMatch(d -> d.endsWith(", Germany."))
                .anyMatch(d -> d.endsWith(" in Berlin, Germany."));
        assertThat(descriptions(munich)).isNotEmpty().allMatch(d -> d.endsWith(" in Munich, Germany."));
        assertThat(List.of(total(managers), total(sales), total(german), total(munich))).isSortedAccordingTo(
                (a, b) -> Integer.compare(b, a)).doesNotHaveDuplicates();
    }

    @Test
    void aSignalCriterionKeepsContactsWithThatSignal() {
        JsonPath promoted = contacts(Map.of("signals", Map.of("types", List.of("promotion"), "since", "2025-06-01")), 0);

        assertThat(total(promoted)).isPositive();
        assertThat(promoted.getList("data.searchContacts.contacts.signalTypes", List.class))
                .allMatch(types -> types.contains("promotion"));
    }

    @ParameterizedTest(name = "page {0} of {1} is refused")
    @CsvSource({ "-1, 20", "1001, 20", "0, 9", "0, 51" })
    void aBadPageIsInvalidInputWithNoUpstreamCall(int page, int size) {
        Map<String, Object> variables = Map.of("page", Map.of("page", page, "size", size));

        for (String query : List.of(SEARCH_CONTACTS, SEARCH_COMPANIES)) {
            JsonPath answer = GraphQL.ok(query, variables);

            assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
            assertThat(answer.getString("errors[0].message")).contains("page must be from 0 to 1000");
            assertThat(answer.getString("data")).isNull();
            assertThat(answer.getInt("extensions.cost.upstreamCalls")).isZero();
        }
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void anOfficeLocationWithoutCountryIsInvalidInputWithNoUpstreamCall() {
        JsonPath answer = GraphQL.ok(SEARCH_COMPANIES,
                Map.of("filters", Map.of("officeLocations", List.of(Map.of("state", "Texas")))));

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void aHeadquartersLocationWithMoreThanACountryIsInvalidInputWithNoUpstreamCall() {
        for (Map<String, Object> hq : List.<Map<String, Object>> of(Map.of("country", "Germany", "city", "Berlin"),
                Map.of("country", "United States", "state", "California"), Map.of("continent", "Europe"))) {
            JsonPath answer = GraphQL.ok(SEARCH_COMPANIES, Map.of("filters", Map.of("locations", List.of(hq))));

            assertThat(answer.getString("errors[0].extensions.code")).as(hq.toString()).isEqualTo("INVALID_INPUT");
        }
        assertThat(Simulator.requests()).isEmpty();

        JsonPath germany = GraphQL.ok(SEARCH_COMPANIES,
                Map.of("filters", Map.of("locations", List.of(Map.of("country", "Germany")))));

        assertThat(germany.getInt("data.searchCompanies.totalResults")).isPositive();
        assertThat(Simulator.requests("POST /prospecting/company/search")).isEqualTo(1);
    }

    private static JsonPath contacts(Map<String, Object> filters, int page) {
        return GraphQL.ok(SEARCH_CONTACTS, Map.of("filters", filters, "page", Map.of("page", page, "size", 50)));
    }

    private static int total(JsonPath answer) {
        return answer.getInt("data.searchContacts.totalResults");
    }

    private static List<String> titles(JsonPath answer) {
        return answer.getList("data.searchContacts.contacts.jobTitle", String.class);
    }

    private static List<String> descriptions(JsonPath answer) {
        return answer.getList("data.searchContacts.contacts.companyDescription", String.class);
    }

    private static Set<String> people(JsonPath answer) {
        List<Map<String, Object>> rows = answer.getList("data.searchContacts.contacts");
        Set<String> people = new HashSet<>();
        rows.forEach(r -> people.add(r.get("name") + "|" + r.get("companyId")));
        return people;
    }
}
