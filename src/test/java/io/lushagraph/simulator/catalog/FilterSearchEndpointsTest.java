package io.lushagraph.simulator.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The simulated text searches of the filter endpoints (searchContactLocations, searchCompanyNames, searchCompanyLocations,
 * searchCompanyTechnologies): matching, shapes, cap and validation.
 */
@QuarkusTest
class FilterSearchEndpointsTest {

    private static final String FILTERS = "/prospecting/filters";

    @BeforeEach
    void reset() {
        Sim.reset();
    }

    @Test
    void contactLocationsMatchCountriesStatesAndCitiesCaseInsensitively() {
        JsonPath un = search("/contacts/locations", "un");
        JsonPath york = search("/contacts/locations", "NEW YORK");

        assertThat(un.getList("$")).contains(
                Map.of("continent", "North America", "country", "United States", "country_grouping", "na"),
                Map.of("continent", "Europe", "country", "United Kingdom", "country_grouping", "emea"));
        assertThat(un.getList("$").subList(0, 2)).as("names starting with the text come first")
                .allSatisfy(location -> assertThat(((Map<?, ?>) location).get("country").toString()).startsWith("Un"));
        assertThat(york.getList("$")).containsExactly(
                Map.of("continent", "North America", "country", "United States", "state", "New York",
                        "country_grouping", "na"),
                Map.of("continent", "North America", "country", "United States", "state", "New York",
                        "city", "New York", "country_grouping", "na"));
    }

    @Test
    void companyLocationsAreCountriesWithContinentAndGrouping() {
        assertThat(search("/companies/locations", "israel").getList("$"))
                .containsExactly(Map.of("country", "Israel", "continent", "Asia", "country_grouping", "emea"));
        assertThat(search("/companies/locations", "zz").getList("$")).isEmpty();
    }

    @Test
    void companyNamesFindUniverseCompaniesWithLushasFields() {
        JsonPath broad = search("/companies/names", "a");
        String name = broad.getString("[0].name");

        JsonPath exact = search("/companies/names", name.toUpperCase());

        assertThat(broad.getList("$")).hasSize(TextMatch.LIMIT);
        assertThat(broad.getList("name", String.class)).allMatch(n -> n.toLowerCase().contains("a"));
        assertThat(broad.getMap("[0]").keySet()).containsExactly("companyId", "name", "logoUrl", "fqdn");
        assertThat((Object) broad.get("[0].companyId")).isInstanceOf(Number.class);
        assertThat(broad.getString("[0].fqdn")).startsWith("www.");
        assertThat(broad.getString("[0].logoUrl")).startsWith("https://logo.lusha.co/");
        assertThat(exact.getMap("[0]")).isEqualTo(broad.getMap("[0]"));
    }

    @Test
    void technologiesAreMatchedWithinTheCatalogAndCapped() {
        assertThat(search("/companies/technologies", "Sales").getList("$"))
                .containsExactly(Map.of("name", "salesforce"), Map.of("name", "salesloft"));
        assertThat(search("/companies/technologies", "rss").getList("$")).containsExactly(Map.of("name", "rss"));
        assertThat(search("/companies/technologies", "e").getList("$")).hasSize(TextMatch.LIMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/contacts/locations", "/companies/names", "/companies/locations",
            "/companies/technologies" })
    void missingOrBlankTextIsA400(String path) {
        for (Object body : List.of(Map.of(), Map.of("text", "  "), "not json")) {
            Sim.api().body(body).post(FILTERS + path).then().statusCode(400)
                    .body("message", equalTo("Validation failed"));
        }
        Sim.api().body(Map.of("text", "")).post(FILTERS + path).then().statusCode(400)
                .body("errors[0]", equalTo("text should not be empty"));
        assertThat(Sim.stats().get("requests")).isEqualTo(Map.of("POST " + FILTERS + path, 4));
    }

    private static JsonPath search(String path, String text) {
        return Sim.api().body(Map.of("text", text)).post(FILTERS + path).then().statusCode(200).extract().jsonPath();
    }
}
