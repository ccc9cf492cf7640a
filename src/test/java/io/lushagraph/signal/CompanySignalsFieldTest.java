package io.lushagraph.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code Company.signals} under a list resolves in bulk: one {@code POST /api/signals/companies} per 100. */
@QuarkusTest
class CompanySignalsFieldTest {

    @BeforeEach
    void reset() {
        Simulator.reset();
        Sim.resetWithLedger();
    }

    @Test
    void oneHundredFiftyCompaniesMakeTwoCompanyCallsAndTwoSignalCalls() {
        List<String> ids = Simulator.companies(150, 6_100).stream().map(c -> c.get("id")).toList();
        String query = """
                query($lookups: [CompanyLookup!]!) {
                  companies(lookups: $lookups) {
                    company {
                      id
                      signals(types: [SURGE_IN_HIRING, HEADCOUNT_INCREASE_3M, RISK_NEWS, PRODUCT_ACTIVITY_NEWS]) {
                        type date
                      }
                    }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("lookups", PersonSignalsTest.byId(ids)));

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.<String> getList("data.companies.company.id")).isEqualTo(ids);
        assertThat(Simulator.requests("POST /v2/company")).isEqualTo(2);
        assertThat(Simulator.requests("POST /api/signals/companies")).isLessThanOrEqualTo(2);
        assertThat(Simulator.batchSizes("POST /api/signals/companies")).containsExactlyInAnyOrder(100, 50);
        assertThat(Simulator.requests().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(4);
        assertThat(answer.getLong("extensions.cost.creditsCharged"))
                .isEqualTo(Simulator.stats().getLong("creditsCharged"));

        Map<String, List<Map<String, Object>>> expected = SimulatorSignals.companies(ids,
                List.of("surgeInHiring", "headcountIncrease3m", "riskNews", "productActivityNews"), null);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(sortedByDateAndType(answer.getList("data.companies[" + i + "].company.signals")))
                    .isEqualTo(sortedByDateAndType(expected.get(ids.get(i))));
        }
        assertThat(answer.<String> getList("data.companies.company.signals.type.flatten()")).containsOnly(
                "SURGE_IN_HIRING", "HEADCOUNT_INCREASE_3M", "RISK_NEWS", "PRODUCT_ACTIVITY_NEWS");
    }

    @Test
    void signalsCarryTheValuesOfTheirKind() {
        List<String> ids = Simulator.companies(30, 6_400).stream().map(c -> c.get("id")).toList();
        String query = """
                query($lookups: [CompanyLookup!]!) {
                  companies(lookups: $lookups) {
                    company {
                      signals(types: [WEBSITE_TRAFFIC_DECREASE, SURGE_IN_HIRING_BY_LOCATION, COMMERCIAL_ACTIVITY_NEWS],
                              since: "2024-01-01") {
                        type date id changeRatePercent lastMonthVisits historicalAverage country newJobsLast4Weeks
                        eventType eventSummary articleUrl currentTitle
                      }
                    }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("lookups", PersonSignalsTest.byId(ids)));

        List<Map<String, Object>> signals = answer.getList("data.companies.company.signals.flatten()");
        assertThat(signals).extracting(s -> s.get("type")).contains("WEBSITE_TRAFFIC_DECREASE",
                "SURGE_IN_HIRING_BY_LOCATION", "COMMERCIAL_ACTIVITY_NEWS");
        assertThat(signals).allSatisfy(s -> assertThat(s.get("id")).isNotNull())
                .allSatisfy(s -> assertThat(s.get("currentTitle")).isNull());
        for (Map<String, Object> s : signals) {
            switch ((String) s.get("type")) {
                case "WEBSITE_TRAFFIC_DECREASE" -> {
                    assertThat((Float) s.get("changeRatePercent")).isNegative();
                    assertThat(s.get("lastMonthVisits")).isNotNull();
                    assertThat(s.get("eventType")).isNull();
                }
                case "SURGE_IN_HIRING_BY_LOCATION" -> {
                    assertThat(s.get("country")).isNotNull();
                    assertThat(s.get("newJobsLast4Weeks")).isNotNull();
                }
                default -> {
                    assertThat(s.get("articleUrl")).asString().startsWith("https://");
                    assertThat(s.get("eventType")).isIn("partnership", "new customer", "new vendor");
                    assertThat(s.get("changeRatePercent")).isNull();
                }
            }
        }
    }

    @Test
    void theCompanyOfAPersonHasSignalsToo() {
        List<String> ids = Simulator.people(5, 66_000).stream().map(p -> p.get("id")).toList();
        String query = """
                query($lookups: [PersonLookup!]!) {
                  persons(lookups: $lookups) { person { company { id signals(types: [PEOPLE_NEWS]) { type } } } }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("lookups", PersonSignalsTest.byId(ids)));

        assertThat(answer.getList("errors")).isNull();
        assertThat(Simulator.requests("POST /api/signals/companies")).isEqualTo(1);
        assertThat(answer.<Object> getList("data.persons.person.company.signals")).doesNotContainNull();
    }

    /** Signals of one date may come in either type order; the gateway orders by date only. */
    private static List<Map<String, Object>> sortedByDateAndType(List<Map<String, Object>> signals) {
        return signals.stream().sorted(Comparator.comparing((Map<String, Object> s) -> (String) s.get("date"))
                .reversed().thenComparing(s -> (String) s.get("type"))).toList();
    }
}
