package io.lushagraph.simulator.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The simulated {@code GET /api/signals/filters/{objectType}} (Lusha's getSignalOptions). */
@QuarkusTest
class SignalOptionsEndpointTest {

    @BeforeEach
    void reset() {
        Sim.reset();
    }

    @Test
    void contactOptionsAreTheTwoContactSignalsAndAllSignals() {
        JsonPath options = Sim.api().get("/api/signals/filters/contact").then().statusCode(200).extract().jsonPath();

        assertThat(options.getMap("$")).isEqualTo(
                Map.of("signals", List.of("promotion", "companyChange", "allSignals"), "objectType", "contact"));
    }

    @Test
    void companyOptionsAreTheTwentyTwoSignalsWithTheirSubFilterValues() {
        JsonPath options = Sim.api().get("/api/signals/filters/company").then().statusCode(200).extract().jsonPath();

        assertThat(options.getList("signals")).containsExactly("allSignals", "websiteTrafficIncrease",
                "websiteTrafficDecrease", "itSpendIncrease", "itSpendDecrease", "headcountIncrease1m",
                "headcountDecrease1m", "headcountIncrease3m", "headcountDecrease3m", "headcountIncrease6m",
                "headcountDecrease6m", "headcountIncrease12m", "headcountDecrease12m", "surgeInHiring",
                "surgeInHiringByDepartment", "surgeInHiringByLocation", "riskNews", "commercialActivityNews",
                "corporateStrategyNews", "financialEventsNews", "peopleNews", "marketIntelligenceNews",
                "productActivityNews");
        assertThat(options.getString("objectType")).isEqualTo("company");
        assertThat(options.getList("filterOptions.newsEventTypes")).containsExactly("Asset Investment", "Asset Sale",
                "Competitor Activity", "Event Participation", "Executive Departure", "Executive Hire",
                "Executive Promotion", "Facilities Expansion", "Facility Closure", "Funding Round",
                "Headcount Decrease", "Headcount Increase", "IPO", "Lawsuit Faced", "Lawsuit Filed", "M&A",
                "New Customer", "New Location", "New Vendor", "Partnership", "Product Development",
                "Product Integration", "Product Launch", "Recognition", "Security Issue", "Strategic Investment");
        assertThat(options.getList("filterOptions.hiringByDepartments")).hasSize(16).contains("Engineering & Technical");
        assertThat(options.getList("filterOptions.hiringByLocations")).contains(Map.of("country", "Germany"),
                Map.of("country", "United States", "state", "California"));
    }

    @Test
    void anUnknownObjectTypeIsA400AndBothTypesShareOneEndpointCount() {
        Sim.api().get("/api/signals/filters/person").then().statusCode(400)
                .body("errors[0]", equalTo("objectType must be one of: contact, company"));
        Sim.api().get("/api/signals/filters/contact").then().statusCode(200);
        given().basePath("/lusha-sim").header("api_key", "wrong").get("/api/signals/filters/company").then().statusCode(401);

        assertThat(Sim.stats().get("requests")).isEqualTo(Map.of("GET /api/signals/filters/{objectType}", 3));
    }
}
