package io.lushagraph.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CompanyEnrichmentTest {

    private List<Map<String, Object>> companies;

    @BeforeEach
    void pickCompanies() {
        Sim.reset();
        companies = Sim.companies(3, 300);
    }

    @Test
    void domainNameAndIdEachFindTheCompany() {
        Map<String, Object> company = companies.get(0);

        for (Map<String, Object> query : List.<Map<String, Object>> of(Map.of("domain", "www." + company.get("domain")),
                Map.of("company", ((String) company.get("name")).toLowerCase()),
                Map.of("companyId", company.get("id")))) {
            JsonPath json = Sim.api().queryParams(query).get("/v2/company").then().statusCode(200)
                    .body("meta", anEmptyMap()).extract().jsonPath();

            assertThat(json.getString("data.id")).as("by %s", query.keySet()).isEqualTo(company.get("id"));
            assertThat(json.getString("data.name")).isEqualTo(company.get("name"));
            assertThat(json.getString("data.domain")).isEqualTo(company.get("domain"));
            assertThat(json.getMap("data")).doesNotContainKey("errors");
        }
    }

    @Test
    void singleCompanyHasSizeAndSocialAsObjects() {
        JsonPath json = Sim.api().queryParam("companyId", companies.get(1).get("id")).get("/v2/company").then()
                .statusCode(200).extract().jsonPath();

        assertThat(json.getLong("data.companySize.min")).isPositive();
        assertThat(json.getLong("data.companySize.max")).isGreaterThanOrEqualTo(json.getLong("data.companySize.min"));
        assertThat(json.getLong("data.companySize.employeesInLinkedin")).isPositive();
        assertThat(json.getString("data.social.linkedin.url")).startsWith("https://www.linkedin.com/company/");
        assertThat(json.getString("data.location.countryIso2")).hasSize(2);
        assertThat(json.getString("data.mainIndustry")).isNotBlank();
        assertThat(json.getString("data.subIndustry")).isNotBlank();
        assertThat(json.getString("data.employees")).isNotBlank();
        assertThat(json.getList("data.technologies.name")).isNotEmpty();
        assertThat(json.getString("data.founded")).matches("\\d{4}");
    }

    @Test
    void anUnknownCompanyIsDataNullWithAnErrorMessage() {
        Sim.api().queryParam("domain", "nowhere.example").get("/v2/company").then().statusCode(200)
                .body("data", nullValue())
                .body("errors.message", equalTo("Could not find requested data"))
                .body("meta", anEmptyMap());
    }

    @Test
    void aCompanyQueryWithoutIdentifierIsA400() {
        Sim.api().get("/v2/company").then().statusCode(400).body("message", equalTo("Validation failed"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/bulk/company/v2", "/v2/company" })
    void bulkAnswersAreKeyedByRequestIdAndOmitUnmatched(String path) {
        Map<String, Object> a = companies.get(0);
        Map<String, Object> b = companies.get(1);
        Map<String, Object> c = companies.get(2);
        List<Map<String, Object>> items = List.of(Map.of("id", "a", "domain", a.get("domain")),
                Map.of("id", "b", "name", b.get("name")), Map.of("id", "c", "companyId", c.get("id")),
                Map.of("id", "d", "fqdn", "www." + a.get("domain")), Map.of("id", "x", "domain", "nowhere.example"));

        JsonPath json = Sim.api().body(Map.of("companies", items)).post(path).then().statusCode(200).extract()
                .jsonPath();

        assertThat(json.getMap("$").keySet()).containsExactly("a", "b", "c", "d");
        assertThat(json.getString("a.id")).isEqualTo(a.get("id"));
        assertThat(json.getString("b.name")).isEqualTo(b.get("name"));
        assertThat(json.getString("c.id")).isEqualTo(c.get("id"));
        assertThat((Object) json.get("a.lushaCompanyId")).isInstanceOf(String.class).isNotEqualTo(a.get("id"));
        assertThat((Object) json.get("a.id")).isInstanceOf(Number.class);
        assertThat(json.getList("a.companySize")).hasSize(2);
        assertThat(json.getString("a.linkedin")).startsWith("https://www.linkedin.com/company/");
        assertThat(json.getString("a.countryIso2")).hasSize(2);
        assertThat(json.getString("a.city")).isNotBlank();
        assertThat(json.getString("a.continent")).isNotBlank();
        assertThat(Sim.stats().get("batchSizes")).isEqualTo(Map.of("POST " + path, List.of(5)));
    }

    @Test
    void invalidBulkCompanyRequestsAreRejected() {
        List<Map<String, Object>> tooMany = IntStream.range(0, 101)
                .mapToObj(i -> Map.<String, Object> of("id", "c" + i, "domain", "x" + i + ".com")).toList();
        List<Map<String, Object>> problems = List.of(Map.of("domain", "a.com"), Map.of("id", "1", "domain", "a.com"),
                Map.of("id", "1", "domain", "b.com"), Map.of("id", "2"));

        rejected(Map.of("companies", tooMany), "companies must contain no more than 100 elements");
        rejected(Map.of("companies", problems), "companies[0].id is required");
        rejected(Map.of("companies", problems), "companies[2].id must be unique");
        rejected(Map.of("companies", problems), "companies[3] must include domain, name, companyId or fqdn");
        assertThat(Sim.stats().get("batchSizes")).isEqualTo(Map.of());
    }

    private static void rejected(Map<String, Object> body, String error) {
        Sim.api().body(body).post("/bulk/company/v2").then().statusCode(400)
                .body("message", equalTo("Validation failed")).body("errors", hasItem(error));
    }
}
