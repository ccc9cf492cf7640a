package io.lushagraph.prospecting;

import static io.lushagraph.prospecting.ProspectingQueries.ENRICH_COMPANIES;
import static io.lushagraph.prospecting.ProspectingQueries.SEARCH_COMPANIES;
import static io.lushagraph.prospecting.ProspectingQueries.SEARCH_CONTACTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Company search, then enrichment of the companies found, through GraphQL. */
@QuarkusTest
class SearchAndEnrichCompaniesTest {

    private static final String ENRICH = "POST /prospecting/company/enrich";
    private static final String SEARCH = "POST /prospecting/company/search";

    private List<Map<String, String>> sample;

    @BeforeEach
    void reset() {
        Simulator.reset();
        Sim.resetWithLedger();
        sample = Simulator.companies(3, 5_600);
    }

    @Test
    void searchThenEnrichTheCompaniesFound() {
        JsonPath search = GraphQL.ok(SEARCH_COMPANIES, Map.of("filters", Map.of("names", names())));
        List<String> ids = search.getList("data.searchCompanies.companies.id", String.class);

        JsonPath enriched = GraphQL.ok(ENRICH_COMPANIES, Map.of("requestId",
                search.getString("data.searchCompanies.requestId"), "ids", ids));

        assertThat(search.getInt("data.searchCompanies.totalResults")).isEqualTo(3);
        assertThat(search.getInt("data.searchCompanies.size")).isEqualTo(20);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(sample.stream().map(c -> c.get("id")).toList());
        assertThat(search.getList("data.searchCompanies.companies.domain", String.class))
                .containsExactlyInAnyOrderElementsOf(sample.stream().map(c -> c.get("domain")).toList());
        for (int i = 0; i < 3; i++) {
            String result = "data.enrichCompanies[" + i + "].";
            Map<String, String> company = sample.stream().filter(c -> c.get("id").equals(enriched.getString(
                    result + "companyId"))).findFirst().orElseThrow();
            assertThat(enriched.getString(result + "company.id")).isEqualTo(company.get("id"));
            assertThat(enriched.getString(result + "company.name")).isEqualTo(company.get("name"));
            assertThat(enriched.getString(result + "company.domain")).isEqualTo(company.get("domain"));
            assertThat(enriched.getDouble(result + "company.size.min")).isPositive();
            assertThat(enriched.getString(result + "company.location.countryCode")).hasSize(2);
            assertThat(enriched.getString(result + "company.industry")).isNotBlank();
            assertThat(enriched.getList(result + "company.technologies")).isNotEmpty();
            assertThat(enriched.getString(result + "error")).isNull();
        }
        assertThat(enriched.getList("data.enrichCompanies.companyId")).containsExactlyElementsOf(ids);
        assertThat(enriched.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(enriched.getInt("extensions.cost.creditsCharged")).isEqualTo(3);
        assertThat(Simulator.requests(SEARCH)).isEqualTo(1);
        assertThat(Simulator.requests(ENRICH)).isEqualTo(1);
        assertThat(Simulator.batchSizes(ENRICH)).containsExactly(3);
    }

    @Test
    void anIdFromAnotherSearchOrAContactSearchIsInvalidInput() {
        JsonPath first = GraphQL.ok(SEARCH_COMPANIES, Map.of("filters", Map.of("names", names().subList(0, 2))));
        JsonPath second = GraphQL.ok(SEARCH_COMPANIES, Map.of("filters", Map.of("names", names().subList(2, 3))));
        String contactSearch = GraphQL.ok(SEARCH_CONTACTS, Map.of("filters", Map.of("departments", List.of("Legal"))))
                .getString("data.searchContacts.requestId");
        String own = first.getString("data.searchCompanies.companies[0].id");
        String foreign = second.getString("data.searchCompanies.companies[0].id");

        JsonPath mixed = GraphQL.ok(ENRICH_COMPANIES, Map.of("requestId",
                first.getString("data.searchCompanies.requestId"), "ids", List.of(foreign, own)));
        JsonPath wrongKind = GraphQL.ok(ENRICH_COMPANIES, Map.of("requestId", contactSearch, "ids", List.of(own)));

        assertThat(mixed.getString("data.enrichCompanies[0].error.code")).isEqualTo("INVALID_INPUT");
        assertThat(mixed.getString("data.enrichCompanies[1].company.id")).isEqualTo(own);
        assertThat(wrongKind.getString("data.enrichCompanies[0].error.code")).isEqualTo("INVALID_INPUT");
        assertThat(wrongKind.getString("data.enrichCompanies[0].error.message")).contains("contact search");
        assertThat(Simulator.requests(ENRICH)).isEqualTo(1);
        assertThat(Simulator.batchSizes(ENRICH)).containsExactly(1);
    }

    @Test
    void includeAndExcludeOfAnIndustryPartitionTheCompanies() {
        int all = total(Map.of());
        int tech = total(Map.of("industries", List.of(17)));
        int notTech = total(Map.of("exclude", Map.of("industries", List.of(17))));
        int techBySic = total(Map.of("sics", List.of("7372")));

        assertThat(tech).isPositive().isLessThan(all);
        assertThat(tech + notTech).isEqualTo(all);
        assertThat(techBySic).isEqualTo(tech);
        assertThat(Simulator.requests(SEARCH)).isEqualTo(4);
    }

    private List<String> names() {
        return sample.stream().map(c -> c.get("name")).toList();
    }

    private static int total(Map<String, Object> filters) {
        return GraphQL.ok(SEARCH_COMPANIES, Map.of("filters", filters)).getInt("data.searchCompanies.totalResults");
    }
}
