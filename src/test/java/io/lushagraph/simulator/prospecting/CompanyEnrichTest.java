package io.lushagraph.simulator.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code POST /prospecting/company/search} rows and {@code /company/enrich}: shapes, credits and scoping. */
@QuarkusTest
class CompanyEnrichTest {

    private List<Map<String, Object>> sample;
    private JsonPath search;

    @BeforeEach
    void searchThreeCompanies() {
        Sim.resetWithLedger();
        sample = Sim.companies(3, 5_300);
        search = Prospecting.companies(Map.of("include",
                Map.of("domains", sample.stream().map(c -> "www." + c.get("domain")).toList())));
    }

    @Test
    void searchRowsCarryTheLushaCompanyIdAsAString() {
        assertThat(search.getLong("totalResults")).isEqualTo(3);
        assertThat(search.getList("data.id", String.class))
                .containsExactlyInAnyOrderElementsOf(sample.stream().map(c -> (String) c.get("id")).toList());
        assertThat(search.getList("data.fqdn", String.class)).allMatch(fqdn -> fqdn.startsWith("www."));
        assertThat(search.getMap("data[0]")).containsKeys("name", "description", "logoUrl", "hasCompanyRevenue",
                "hasCompanyEmployeesCount", "hasCompanyMainIndustry", "hasCompanySubIndustry", "hasCompanyFunding",
                "hasCompanyIntent", "hasCompanyTechnologies", "hasCompanyCity", "hasCompanyCountry", "signalTypes");
        assertThat(search.getMap("billing")).containsEntry("resultsReturned", 3).containsEntry("creditsCharged", 0);
    }

    @Test
    void enrichRevealsCompaniesInLushasProspectingShapeAtACreditEach() {
        List<String> ids = search.getList("data.id", String.class);

        JsonPath answer = Prospecting.enrichCompanies(search.getString("requestId"), ids).statusCode(200).extract()
                .jsonPath();

        assertThat(answer.getList("companies.id", Long.class)).containsExactlyElementsOf(
                ids.stream().map(Long::valueOf).toList());
        Map<String, Object> company = answer.getMap("companies[0]");
        assertThat(company).containsKeys("employees", "revenueRange", "description", "logoUrl", "industryTags",
                "rawLocation", "specialities", "linkedinFollowers", "companyType", "lushaPopularityTier",
                "technologies");
        assertThat(answer.getLong("companies[0].companySize.employees_in_linkedin")).isPositive();
        assertThat(answer.getString("companies[0].fqdn")).startsWith("www.");
        assertThat(answer.getString("companies[0].domains.homepage")).isEqualTo(answer.getString("companies[0].emailDomain"));
        assertThat(answer.getString("companies[0].countryIso2")).hasSize(2);
        assertThat(answer.getList("companies[0].coordinates")).hasSize(2);
        assertThat(answer.getString("companies[0].social.linkedin")).startsWith("https://www.linkedin.com/company/");
        assertThat(answer.getString("companies[0].companyLocations[0].country_iso2"))
                .isEqualTo(answer.getString("companies[0].countryIso2"));
        assertThat(answer.getList("companies[0].technologies.name")).isNotEmpty();
        assertThat(answer.getInt("billing.creditsCharged")).isEqualTo(3);
        assertThat(Sim.stats()).containsEntry("creditsCharged", 3)
                .containsEntry("batchSizes", Map.of("POST /prospecting/company/enrich", List.of(3)));
    }

    @Test
    void aCompanyRevealedWithin30DaysIsFree() {
        List<String> ids = search.getList("data.id", String.class);
        Prospecting.enrichCompanies(search.getString("requestId"), ids.subList(0, 1)).statusCode(200);

        JsonPath again = Prospecting.enrichCompanies(search.getString("requestId"), ids).statusCode(200).extract()
                .jsonPath();

        assertThat(again.getInt("billing.creditsCharged")).isEqualTo(2);
    }

    @Test
    void idsAreScopedToTheirSearchAndSentAsCompaniesIds() {
        String requestId = search.getString("requestId");
        String foreign = Prospecting.companies(Map.of()).getString("data[0].id");

        Prospecting.enrichCompanies(requestId, List.of(search.getString("data[0].id"), foreign)).statusCode(400)
                .body("message", containsString(foreign));
        Prospecting.post("/company/enrich", Map.of("requestId", requestId, "companyIds", List.of(foreign)))
                .statusCode(400).body("errors", hasItem("companiesIds must be an array"));
        Prospecting.post("/company/search", Map.of("filters",
                Map.of("companies", Map.of("include", Map.of("companyLocations", List.of(Map.of("state", "Texas")))))))
                .statusCode(400)
                .body("errors", hasItem("filters.companies.include.companyLocations[0].country is required"));
        assertThat(Sim.stats()).containsEntry("creditsCharged", 0);
    }
}
