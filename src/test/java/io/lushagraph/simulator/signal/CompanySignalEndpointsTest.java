package io.lushagraph.simulator.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.lushagraph.simulator.universe.SignalTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code POST /api/signals/companies} and {@code /api/signals/companies/search} (Lusha's getCompanySignalsById and
 * searchCompanySignals).
 */
@QuarkusTest
class CompanySignalEndpointsTest {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "riskNews", List.of("companyId", "companyName", "domain", "signalId", "eventType", "eventSummary",
                    "articlePublishedDate", "articleTitle", "articleHighlight", "eventEffectiveDate", "articleUrl"),
            "websiteTrafficIncrease", List.of("companyId", "signalId", "signalDate", "historicalAvg",
                    "lastMonthVisits", "changeRatePercent", "companyName", "domain"),
            "itSpendDecrease", List.of("companyId", "signalId", "signalDate", "estimatedAnnualItSpend",
                    "changeRatePercent", "companyName", "domain"),
            "headcountIncrease12m", List.of("companyId", "signalId", "signalDate", "baselineEmployeesCount",
                    "newEmployeesCount", "changeRatePercent", "companyName", "domain"),
            "surgeInHiring", List.of("companyId", "signalId", "signalDate", "newJobsPostedLastWeek",
                    "historicalAvg", "changeRatePercent", "companyName", "domain"),
            "surgeInHiringByDepartment", List.of("signalId", "companyId", "department", "signalDate",
                    "newJobsPostedLast4Weeks", "historicalAvg", "changeRatePercent", "companyName", "domain"),
            "surgeInHiringByLocation", List.of("signalId", "companyId", "country", "state", "signalDate",
                    "newJobsPostedLast4Weeks", "historicalAvg", "changeRatePercent", "companyName", "domain"));

    // Left out when unknown, as Lusha's examples do (a hiring location abroad has no state).
    private static final Set<String> OPTIONAL = Set.of("state");

    private List<Map<String, Object>> companies;
    private String yearsAgo;

    @BeforeEach
    void reset() {
        Sim.resetWithLedger();
        companies = Sim.companies(40, 6_000);
        yearsAgo = LocalDate.now(ZoneOffset.UTC).minusYears(2).toString();
    }

    @Test
    void allSignalsGivesEveryTypeInItsShapeAndChargesEachTypeWithResults() {
        List<Long> ids = ids(companies);

        JsonPath json = byId(Map.of("companyIds", ids, "signals", List.of("allSignals"), "startDate", yearsAgo));

        int nonEmpty = 0;
        Map<String, Integer> itemsByType = new HashMap<>();
        for (Map<String, Object> company : companies) {
            Map<String, Object> entry = json.getMap("companies.'" + company.get("id") + "'");
            assertThat(entry).containsEntry("companyId", company.get("id"))
                    .containsEntry("companyName", company.get("name")).containsEntry("domain", company.get("domain"));
            assertThat(entry.keySet()).containsAll(SignalTypes.COMPANY).hasSize(3 + SignalTypes.COMPANY.size());
            for (String type : SignalTypes.COMPANY) {
                List<Map<String, Object>> items = json.getList("companies.'" + company.get("id") + "'." + type);
                nonEmpty += items.isEmpty() ? 0 : 1;
                itemsByType.merge(type, items.size(), Integer::sum);
                assertThat(items).allSatisfy(i -> assertThat(i.keySet()).containsExactlyElementsOf(fields(type).stream()
                        .filter(f -> i.containsKey(f) || !OPTIONAL.contains(f)).toList()));
            }
        }
        assertThat(itemsByType).allSatisfy((type, count) -> assertThat(count).as(type).isPositive());
        assertThat(json.getInt("creditCharged")).isEqualTo(nonEmpty);
        assertThat(Sim.stats()).containsEntry("creditsCharged", nonEmpty);
    }

    @Test
    void signalsKeepTheirDirectionAndNewsItsCategory() {
        JsonPath json = byId(Map.of("companyIds", ids(companies), "signals",
                List.of("headcountDecrease6m", "websiteTrafficIncrease", "peopleNews"), "startDate", yearsAgo));

        List<Integer> decreases = new ArrayList<>();
        List<Integer> increases = new ArrayList<>();
        List<String> news = new ArrayList<>();
        for (Map<String, Object> company : companies) {
            String path = "companies.'" + company.get("id") + "'.";
            decreases.addAll(json.getList(path + "headcountDecrease6m.changeRatePercent"));
            increases.addAll(json.getList(path + "websiteTrafficIncrease.changeRatePercent"));
            news.addAll(json.getList(path + "peopleNews.eventType"));
        }
        assertThat(decreases).isNotEmpty().allMatch(rate -> rate < 0);
        assertThat(increases).isNotEmpty().allMatch(rate -> rate > 0);
        assertThat(news).isNotEmpty().allMatch(List.of("executive hire", "executive departure",
                "executive promotion", "headcount increase", "headcount decrease")::contains);
    }

    @Test
    void subFiltersNarrowNewsAndHiringSignalsCaseInsensitively() {
        Map<String, Object> filters = Map.of("include", Map.of(
                "newsEventTypes", List.of("funding round", "Unknown Event"),
                "hiringByDepartments", List.of("SALES", "Engineering & Technical"),
                "hiringByLocations", List.of(Map.of("country", "United States"))));

        JsonPath json = byId(Map.of("companyIds", ids(companies), "signals", List.of("financialEventsNews",
                "surgeInHiringByDepartment", "surgeInHiringByLocation"), "startDate", yearsAgo, "filters", filters));

        List<String> eventTypes = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (Map<String, Object> company : companies) {
            String path = "companies.'" + company.get("id") + "'.";
            eventTypes.addAll(json.getList(path + "financialEventsNews.eventType"));
            departments.addAll(json.getList(path + "surgeInHiringByDepartment.department"));
            countries.addAll(json.getList(path + "surgeInHiringByLocation.country"));
        }
        assertThat(eventTypes).isNotEmpty().containsOnly("funding round");
        assertThat(departments).isNotEmpty().containsOnly("Sales", "Engineering & Technical");
        assertThat(countries).isNotEmpty().containsOnly("United States");
    }

    @Test
    void searchFindsCompaniesByDomainNameOrIdKeyedByTheCallersId() {
        Map<String, Object> a = companies.get(0);
        Map<String, Object> b = companies.get(1);
        Map<String, Object> c = companies.get(2);
        List<Map<String, Object>> query = List.of(Map.of("id", "by-domain", "domain", a.get("domain")),
                Map.of("id", "by-name", "name", b.get("name")), Map.of("id", c.get("id")),
                Map.of("id", "nothing", "domain", "no-such-company.example"));

        JsonPath json = Sim.api().body(Map.of("companies", query, "signals", List.of("itSpendIncrease"),
                "startDate", yearsAgo)).post("/api/signals/companies/search").then().statusCode(200).extract()
                .jsonPath();
        JsonPath direct = byId(Map.of("companyIds", List.of(Long.valueOf((String) a.get("id"))), "signals",
                List.of("itSpendIncrease"), "startDate", yearsAgo));

        assertThat(json.getMap("companies").keySet()).containsExactly("by-domain", "by-name", c.get("id"));
        assertThat(json.getString("companies.by-name.companyId")).isEqualTo(b.get("id"));
        assertThat(json.<String, Object> getMap("companies.by-domain"))
                .isEqualTo(direct.getMap("companies.'" + a.get("id") + "'"));
        assertThat(Sim.stats()).extracting(s -> ((Map<?, ?>) s.get("batchSizes")))
                .satisfies(sizes -> assertThat(sizes.get("POST /api/signals/companies/search")).isEqualTo(List.of(4)))
                .satisfies(sizes -> assertThat(sizes.get("POST /api/signals/companies")).isEqualTo(List.of(1)));
    }

    @Test
    void aStateWithoutACountryAndUnknownSignalsAreRejected() {
        Sim.api().body(Map.of("companyIds", List.of(1), "signals", List.of("surgeInHiringByLocation"), "filters",
                Map.of("include", Map.of("hiringByLocations", List.of(Map.of("state", "California"))))))
                .post("/api/signals/companies").then().statusCode(400)
                .body("errors", hasItem("filters.include.hiringByLocations[0].country is required, also with state"));
        Sim.api().body(Map.of("companies", List.of(Map.of("id", "1", "name", "x")), "signals",
                List.of("promotion"))).post("/api/signals/companies/search").then().statusCode(400)
                .body("errors", hasItem(startsWith(
                        "each value in signals must be one of the following values: allSignals, websiteTrafficIncrease")));
        Sim.api().body(Map.of("companies", List.of(Map.of("id", "not-a-number")), "signals",
                List.of("riskNews"))).post("/api/signals/companies/search").then().statusCode(400)
                .body("errors", hasItem("companies[0] must include name, domain, or a numeric id"));
        assertThat(Sim.stats()).extracting(s -> s.get("batchSizes")).isEqualTo(Map.of());
    }

    /** The item fields of a type, in Lusha's order: the families share their shape. */
    private static List<String> fields(String type) {
        if (type.endsWith("News")) {
            return FIELDS.get("riskNews");
        }
        if (type.startsWith("websiteTraffic")) {
            return FIELDS.get("websiteTrafficIncrease");
        }
        if (type.startsWith("itSpend")) {
            return FIELDS.get("itSpendDecrease");
        }
        return type.startsWith("headcount") ? FIELDS.get("headcountIncrease12m") : FIELDS.get(type);
    }

    static JsonPath byId(Map<String, Object> body) {
        return Sim.api().body(body).post("/api/signals/companies").then().statusCode(200).extract().jsonPath();
    }

    static List<Long> ids(List<Map<String, Object>> companies) {
        return companies.stream().map(c -> Long.valueOf((String) c.get("id"))).toList();
    }
}
