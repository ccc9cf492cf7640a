package io.lushagraph.simulator.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Signals asked for inline in person and bulk company enrichment equal those of the signal endpoints. */
@QuarkusTest
class InlineSignalsTest {

    private String since;

    @BeforeEach
    void reset() {
        Sim.resetWithLedger();
        since = LocalDate.now(ZoneOffset.UTC).minusYears(2).toString();
    }

    @Test
    void bulkPersonMetadataSignalsAddDataSignalsPerType() {
        List<Map<String, Object>> people = Sim.people(20, 61_000);
        List<Map<String, Object>> contacts = people.stream()
                .map(p -> Map.<String, Object> of("contactId", p.get("id"), "personId", p.get("id"))).toList();

        JsonPath inline = Sim.api().body(Map.of("contacts", contacts, "metadata",
                Map.of("signals", List.of("allSignals"), "signalsStartDate", since))).post("/v2/person").then()
                .statusCode(200).extract().jsonPath();
        JsonPath direct = ContactSignalEndpointsTest.byId(Map.of("contactIds", ContactSignalEndpointsTest.ids(people),
                "signals", List.of("promotion", "companyChange"), "startDate", since));

        int withSignals = 0;
        for (Map<String, Object> p : people) {
            Map<String, Object> signals = inline.getMap("contacts.'" + p.get("id") + "'.data.signals");
            Map<String, Object> expected = direct.getMap("contacts.'" + p.get("id") + "'");
            expected.remove("personId");
            assertThat(signals).isEqualTo(expected);
            withSignals += ((List<?>) signals.get("promotion")).isEmpty() ? 0 : 1;
        }
        assertThat(withSignals).isPositive();
        assertThat(Sim.stats()).extracting(s -> ((Map<?, ?>) s.get("requests")).get("POST /v2/person")).isEqualTo(1);
    }

    @Test
    void singlePersonTakesRepeatedOrCommaSeparatedSignalsAndNoneWithoutThem() {
        Map<String, Object> person = Sim.people(1, 62_000).get(0);

        JsonPath repeated = Sim.api().queryParam("personId", person.get("id")).queryParam("signals", "promotion")
                .queryParam("signals", "companyChange").queryParam("signalsStartDate", since).get("/v2/person")
                .then().statusCode(200).extract().jsonPath();
        JsonPath commas = Sim.api().queryParam("personId", person.get("id"))
                .queryParam("signals", "companyChange,promotion").queryParam("signalsStartDate", since)
                .get("/v2/person").then().statusCode(200).extract().jsonPath();
        JsonPath plain = Sim.api().queryParam("personId", person.get("id")).get("/v2/person").then()
                .statusCode(200).extract().jsonPath();

        assertThat(repeated.getMap("contact.data.signals").keySet()).containsExactly("promotion", "companyChange");
        assertThat(commas.<String, Object> getMap("contact.data.signals"))
                .isEqualTo(repeated.getMap("contact.data.signals"));
        assertThat(plain.getMap("contact.data")).doesNotContainKey("signals");
        Sim.api().queryParam("personId", person.get("id")).queryParam("signals", "riskNews").get("/v2/person")
                .then().statusCode(400).body("errors", hasItem(startsWith(
                        "each value in signals must be one of the following values")));
    }

    @Test
    void bulkCompanySignalsAddAnArrayPerTypeOnEachCompany() {
        List<Map<String, Object>> companies = Sim.companies(10, 6_500);
        List<Map<String, Object>> query = companies.stream()
                .map(c -> Map.<String, Object> of("id", c.get("id"), "companyId", c.get("id"))).toList();
        List<String> types = List.of("surgeInHiringByLocation", "commercialActivityNews");
        Map<String, Object> filters = Map.of("include", Map.of("newsEventTypes", List.of("New Customer")));

        JsonPath inline = Sim.api().body(Map.of("companies", query, "signals", types, "signalsStartDate", since,
                "signalsFilters", filters)).post("/bulk/company/v2").then().statusCode(200).extract().jsonPath();
        JsonPath direct = CompanySignalEndpointsTest.byId(Map.of("companyIds",
                CompanySignalEndpointsTest.ids(companies), "signals", types, "startDate", since, "filters", filters));
        JsonPath plain = Sim.api().body(Map.of("companies", query)).post("/bulk/company/v2").then().statusCode(200)
                .extract().jsonPath();

        for (Map<String, Object> company : companies) {
            String key = "'" + company.get("id") + "'";
            for (String type : types) {
                assertThat(inline.<Object> getList(key + "." + type))
                        .isEqualTo(direct.getList("companies." + key + "." + type));
            }
            assertThat(inline.getMap(key)).doesNotContainKey("signals");
            assertThat(plain.getMap(key)).doesNotContainKeys("signals", types.get(0), types.get(1));
        }
        assertThat(companies.stream().flatMap(c -> inline.<String> getList("'" + c.get("id")
                + "'.commercialActivityNews.eventType").stream())).isNotEmpty().containsOnly("new customer");
        Sim.api().body(Map.of("companies", query, "signals", types, "signalsFilters",
                Map.of("include", Map.of("hiringByLocations", List.of(Map.of("state", "Texas"))))))
                .post("/bulk/company/v2").then().statusCode(400).body("errors", hasItem(
                        "signalsFilters.include.hiringByLocations[0].country is required, also with state"));
    }
}
