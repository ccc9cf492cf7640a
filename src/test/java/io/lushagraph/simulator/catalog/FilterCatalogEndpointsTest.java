package io.lushagraph.simulator.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The simulated filter catalogs that take no input (getContactDepartments, getContactSeniority, getCompanySizes and the rest of
 * Lusha's filter operations): shapes, values, gate and stats.
 */
@QuarkusTest
class FilterCatalogEndpointsTest {

    private static final String FILTERS = "/prospecting/filters";

    @BeforeEach
    void reset() {
        Sim.reset();
    }

    @Test
    void contactCatalogsAreTheReferenceLists() {
        assertThat(list("/contacts/departments").getList("$")).hasSize(16).startsWith("Business Development")
                .contains("Engineering & Technical", "Health Care & Medical", "Sales");
        assertThat(list("/contacts/existing_data_points").getList("$"))
                .containsExactly("phone", "work_email", "mobile_phone", "direct_phone");
    }

    @Test
    void senioritiesAreIdAndLowerCaseNameFromFounderDown() {
        JsonPath levels = list("/contacts/seniority");

        assertThat(levels.getList("id")).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(levels.getList("name")).containsExactly("founder", "c-suite", "vice president", "partner",
                "director", "manager", "senior", "entry", "intern", "other");
        assertThat(levels.getMap("[0]").keySet()).containsExactly("id", "name");
    }

    @Test
    void countriesAreEveryIsoCountryWithItsEnglishName() {
        JsonPath countries = list("/contacts/all_countries");

        assertThat(countries.getList("$")).hasSizeGreaterThan(240)
                .contains(Map.of("name", "United States", "code", "US"), Map.of("name", "United Kingdom", "code", "GB"),
                        Map.of("name", "Israel", "code", "IL"));
        List<String> codes = countries.getList("code");
        assertThat(codes).allMatch(code -> code.matches("[A-Z]{2}")).doesNotHaveDuplicates();
        assertThat(countries.getMap("[0]").keySet()).containsExactly("name", "code");
    }

    @Test
    void industriesAreTheTwentyMainIndustriesWithTheirSubIndustries() {
        JsonPath industries = list("/companies/industries_labels");

        assertThat(industries.getList("main_industry_id")).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(industries.getMap("[0]").keySet()).containsExactly("main_industry", "main_industry_id",
                "sub_industries");
        assertThat(industries.getString("[16].main_industry")).isEqualTo("Technology, Information & Media");
        assertThat(industries.getList("[16].sub_industries"))
                .contains(Map.of("value", "Software Development", "id", 129));
        List<Integer> subIds = industries.getList("sub_industries.flatten().id");
        assertThat(subIds).hasSize(137).doesNotHaveDuplicates();
    }

    @Test
    void sizesAndRevenuesAreAdjoiningBuckets() {
        JsonPath sizes = list("/companies/sizes");
        JsonPath revenues = list("/companies/revenues");

        assertThat(sizes.getMap("[0]")).isEqualTo(Map.of("min", 1, "max", 10));
        assertThat(sizes.getList("$")).hasSize(8);
        assertThat(revenues.getList("$")).hasSize(9).first()
                .isEqualTo(Map.of("min", 1, "max", 1_000_000));
        for (JsonPath buckets : List.of(sizes, revenues)) {
            List<Number> mins = buckets.getList("min");
            List<Number> maxes = buckets.getList("max");
            for (int i = 1; i < mins.size(); i++) {
                assertThat(mins.get(i).longValue()).isEqualTo(maxes.get(i - 1).longValue() + 1);
            }
        }
    }

    @Test
    void sicAndNaicsCodesAreRealCodesWithLabels() {
        JsonPath sics = list("/companies/sics");
        JsonPath naics = list("/companies/naics");

        assertThat(sics.getList("$")).hasSizeGreaterThan(50).contains(Map.of("code", "1011", "label", "Iron ores"),
                Map.of("code", "7372", "label", "Prepackaged software"));
        assertThat(sics.getList("code", String.class)).allMatch(code -> code.matches("\\d{4}")).doesNotHaveDuplicates();
        assertThat(naics.getList("$")).contains(Map.of("code", "11", "label", "Agriculture, Forestry, Fishing and Hunting"),
                Map.of("code", "541511", "label", "Custom Computer Programming Services"));
        assertThat(naics.getList("code", String.class)).allMatch(code -> code.matches("\\d{2}(-\\d{2})?|\\d{6}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void intentTopicsAreDistinctNames() {
        List<String> topics = list("/companies/intent_topics").getList("$");

        assertThat(topics).contains("Zero Trust", "Digital Sales", "Android", "Accounting").doesNotHaveDuplicates();
    }

    @Test
    void everyCatalogIsCountedAndFree() {
        for (String path : List.of("/contacts/departments", "/contacts/seniority", "/contacts/existing_data_points",
                "/contacts/all_countries", "/companies/industries_labels", "/companies/sizes", "/companies/revenues",
                "/companies/sics", "/companies/naics", "/companies/intent_topics")) {
            list(path);
        }

        Map<String, Object> stats = Sim.stats();
        assertThat(((Map<?, ?>) stats.get("requests")).values()).hasSize(10).allMatch(count -> count.equals(1));
        assertThat(stats.get("creditsCharged")).isEqualTo(0);
        assertThat(stats.get("batchSizes")).isEqualTo(Map.of());
    }

    @Test
    void aWrongKeyIsRejectedAndAFaultIsServed() {
        given().basePath("/lusha-sim").header("api_key", "wrong").get(FILTERS + "/contacts/departments").then().statusCode(401)
                .body("message", equalTo("Invalid API key"));
        Sim.admin().body(Map.of("endpoint", "GET /prospecting/filters/companies/sizes", "status", 503, "count", 1))
                .post("/faults").then().statusCode(201);

        Sim.api().get(FILTERS + "/companies/sizes").then().statusCode(503);
        Sim.api().get(FILTERS + "/companies/sizes").then().statusCode(200);
        assertThat(Sim.stats().get("requests")).isEqualTo(Map.of("GET /prospecting/filters/contacts/departments", 1,
                "GET /prospecting/filters/companies/sizes", 2));
    }

    private static JsonPath list(String path) {
        JsonPath json = Sim.api().get(FILTERS + path).then().statusCode(200).extract().jsonPath();
        assertThat(new HashSet<>(json.getList("$"))).as("no duplicate entries in %s", path)
                .hasSize(json.getList("$").size());
        return json;
    }
}
