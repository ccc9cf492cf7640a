package io.lushagraph.simulator.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code POST /prospecting/contact/search}: shape, paging, validation and the contact-level options. */
@QuarkusTest
class ContactSearchTest {

    private static final Map<String, Object> ENGINEERS = Map.of("departments", List.of("Engineering & Technical"));

    @BeforeEach
    void reset() {
        Sim.reset();
    }

    @Test
    void aSearchAnswersOnePageOfRowsUnderDataWithARequestIdAndFreeBilling() {
        JsonPath page = Prospecting.post("/contact/search", Map.of("pages", Map.of("page", 0, "size", 10),
                "filters", Map.of("contacts", Map.of("include", ENGINEERS)))).statusCode(200).extract().jsonPath();

        assertThat(page.getString("requestId")).matches(Prospecting.UUID_V4);
        assertThat(page.getInt("currentPage")).isZero();
        assertThat(page.getInt("pageLength")).isEqualTo(10);
        assertThat(page.getLong("totalResults")).isGreaterThan(1000);
        assertThat(page.getList("data")).hasSize(10);
        assertThat(page.getMap("billing")).containsEntry("resultsReturned", 10).containsEntry("creditsCharged", 0);
        assertThat(page.getList("data.contactId", String.class)).allMatch(id -> id.matches(Prospecting.UUID_LIKE))
                .doesNotHaveDuplicates();
        assertThat(page.getList("data.name", String.class)).allMatch(name -> name.contains(" "));
        assertThat(page.getList("data.fqdn", String.class)).allMatch(fqdn -> fqdn.startsWith("www."));
        Map<String, Object> row = page.getMap("data[0]");
        assertThat(row).containsKeys("isShown", "jobTitle", "companyId", "companyName", "companyDescription",
                "logoUrl", "hasEmails", "hasWorkEmail", "hasPrivateEmail", "hasPhones", "hasMobilePhone",
                "hasDirectPhone", "hasDepartment", "hasSeniority", "hasContactLocation", "hasSocialLink",
                "hasCompanyEmployeesCount", "hasCompanyRevenue", "hasCompanyMainIndustry", "hasCompanySubIndustry",
                "hasCompanyFunding", "hasCompanyIntent", "hasCompanyTechnologies", "hasCompanyCity",
                "hasCompanyCountry", "signalTypes");
        assertThat(row.get("companyId")).isInstanceOf(Number.class);
        assertThat(Sim.stats()).containsEntry("requests", Map.of("POST /prospecting/contact/search", 1))
                .containsEntry("creditsCharged", 0);
    }

    @Test
    void pagesAreDisjointInAStableOrderWithAStableTotal() {
        JsonPath first = page(0);
        JsonPath second = page(1);
        JsonPath firstAgain = page(0);

        assertThat(second.getLong("totalResults")).isEqualTo(first.getLong("totalResults"));
        assertThat(second.getInt("currentPage")).isEqualTo(1);
        Set<String> firstRows = rows(first);
        assertThat(firstRows).hasSize(10).doesNotContainAnyElementsOf(rows(second));
        assertThat(rows(firstAgain)).isEqualTo(firstRows);
        assertThat(firstAgain.getString("data[0].contactId")).as("row ids belong to one search")
                .isNotEqualTo(first.getString("data[0].contactId"));
    }

    @Test
    void withoutPagesTheFirstPageOfTwentyComes() {
        JsonPath page = Prospecting.post("/contact/search", Map.of("filters", Map.of())).statusCode(200).extract()
                .jsonPath();

        assertThat(page.getInt("currentPage")).isZero();
        assertThat(page.getList("data")).hasSize(20);
        assertThat(page.getLong("totalResults")).isEqualTo(100_000);
    }

    @ParameterizedTest(name = "page {0} of {1} is refused")
    @CsvSource({ "-1, 20, pages.page must not be less than 0", "1001, 20, pages.page must not be greater than 1000",
            "0, 9, pages.size must not be less than 10", "0, 51, pages.size must not be greater than 50" })
    void pagesOutOfRangeAreA400(int page, int size, String error) {
        Prospecting.post("/contact/search", Map.of("pages", Map.of("page", page, "size", size), "filters", Map.of()))
                .statusCode(400).body("statusCode", equalTo(400)).body("message", equalTo("Validation failed"))
                .body("errors", hasItem(error));
    }

    @Test
    void aSearchWithoutFiltersIsA400() {
        Prospecting.post("/contact/search", Map.of("pages", Map.of("page", 0))).statusCode(400)
                .body("errors", hasItem("filters must be an object"));
    }

    @Test
    void anUnknownFilterValueMatchesNothing() {
        JsonPath page = Prospecting.contacts(Map.of("departments", List.of("Astrology")));

        assertThat(page.getLong("totalResults")).isZero();
        assertThat(page.getList("data")).isEmpty();
        assertThat(page.getString("requestId")).matches(Prospecting.UUID_V4);
    }

    @Test
    void partialProfilesAndAllDncContactsCanBeLeftOut() {
        Map<String, Object> volunteers = Map.of("contacts",
                Map.of("include", Map.of("jobTitles", List.of("volunteer"))));
        JsonPath all = Prospecting.contacts(volunteers, Map.of());
        JsonPath complete = Prospecting.contacts(volunteers, Map.of("includePartialContact", false));
        JsonPath callable = Prospecting.contacts(volunteers, Map.of("excludeDnc", true));

        assertThat(complete.getLong("totalResults")).isLessThan(all.getLong("totalResults"));
        assertThat(callable.getLong("totalResults")).isLessThan(all.getLong("totalResults"));
        List<Map<String, Object>> rows = complete.getList("data");
        assertThat(rows).isNotEmpty()
                .allMatch(row -> Boolean.TRUE.equals(row.get("hasEmails")) || Boolean.TRUE.equals(row.get("hasPhones")));
    }

    @Test
    void theSignalFilterKeepsContactsWithARecentSignal() {
        JsonPath promoted = Prospecting.contacts(Map.of("signal", Map.of("names", List.of("promotion"))));
        JsonPath promotedAsSignals = Prospecting.contacts(Map.of("signals", Map.of("names", List.of("promotion"))));
        JsonPath any = Prospecting.contacts(Map.of("signal", Map.of("names", List.of("allSignals"))));
        JsonPath future = Prospecting.contacts(
                Map.of("signal", Map.of("names", List.of("allSignals"), "startDate", "2026-06-01")));
        JsonPath recent = Prospecting.contacts(
                Map.of("signal", Map.of("names", List.of("promotion"), "startDate", "2025-10-01")));

        assertThat(promoted.getLong("totalResults")).isPositive().isLessThan(100_000);
        assertThat(promoted.getList("data.signalTypes", List.class)).allMatch(types -> types.contains("promotion"));
        assertThat(promotedAsSignals.getLong("totalResults")).isEqualTo(promoted.getLong("totalResults"));
        assertThat(any.getLong("totalResults")).isGreaterThan(promoted.getLong("totalResults"));
        assertThat(recent.getLong("totalResults")).isPositive().isLessThan(promoted.getLong("totalResults"));
        assertThat(future.getLong("totalResults")).isZero();
    }

    @Test
    void aMalformedSignalStartDateIsA400() {
        Prospecting.post("/contact/search", Map.of("filters", Map.of("contacts", Map.of("include",
                Map.of("signal", Map.of("names", List.of("promotion"), "startDate", "last week"))))))
                .statusCode(400)
                .body("errors", hasItem("filters.contacts.include.signal.startDate must be a date in YYYY-MM-DD format"));
    }

    private static JsonPath page(int page) {
        return Prospecting.post("/contact/search", Map.of("pages", Map.of("page", page, "size", 10), "filters",
                Map.of("contacts", Map.of("include", ENGINEERS)))).statusCode(200).extract().jsonPath();
    }

    /** Rows by who they are (name, company and title), since row ids differ per search. */
    private static Set<String> rows(JsonPath page) {
        Set<String> rows = new HashSet<>();
        List<Map<String, Object>> data = page.getList("data");
        data.forEach(row -> rows.add(row.get("name") + "|" + row.get("companyId") + "|" + row.get("jobTitle")));
        return rows;
    }
}
