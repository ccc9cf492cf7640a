package io.lushagraph.simulator.prospecting;

import java.util.List;
import java.util.Map;

import io.lushagraph.simulator.Sim;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Calls the simulated prospecting endpoints, the way the simulator's contract tests use them. */
final class Prospecting {

    static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    static final String UUID_LIKE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private Prospecting() {
    }

    static ValidatableResponse post(String path, Object body) {
        return Sim.api().body(body).post("/prospecting" + path).then();
    }

    /** A contact search of up to 50 rows with these contact criteria (and company criteria, when given). */
    static JsonPath contacts(Map<String, Object> include) {
        return contacts(Map.of("contacts", Map.of("include", include)), Map.of());
    }

    static JsonPath contacts(Map<String, Object> filters, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("pages", Map.of("page", 0, "size", 50));
        body.put("filters", filters);
        return post("/contact/search", body).statusCode(200).extract().jsonPath();
    }

    /** A company search of up to 50 rows. */
    static JsonPath companies(Map<String, Object> companyFilters) {
        return post("/company/search", Map.of("pages", Map.of("page", 0, "size", 50), "filters",
                Map.of("companies", companyFilters))).statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse enrichContacts(String requestId, List<String> ids) {
        return post("/contact/enrich", Map.of("requestId", requestId, "contactIds", ids));
    }

    static ValidatableResponse enrichCompanies(String requestId, List<String> ids) {
        return post("/company/enrich", Map.of("requestId", requestId, "companiesIds", ids));
    }

    /** The LinkedIn URLs of sampled people. */
    static List<String> linkedinUrls(List<Map<String, Object>> people) {
        return people.stream().map(p -> (String) p.get("linkedinUrl")).toList();
    }
}
