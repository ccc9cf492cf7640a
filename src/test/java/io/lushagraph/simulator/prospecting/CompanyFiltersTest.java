package io.lushagraph.simulator.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Each company filter keeps exactly the companies it should: searches are limited to forty sampled companies by
 * name, and what each filter should keep is worked out from those companies' enrichment.
 */
@QuarkusTest
class CompanyFiltersTest {

    private static final Map<String, Integer> MAIN_INDUSTRY_IDS = Map.ofEntries(Map.entry("Hospitality", 1),
            Map.entry("Administrative & Support Services", 2), Map.entry("Construction", 3),
            Map.entry("Consumer Services", 4), Map.entry("Organizations", 5), Map.entry("Education", 6),
            Map.entry("Entertainment", 7), Map.entry("Farming, Ranching, Forestry", 8), Map.entry("Finance", 9),
            Map.entry("Government", 10), Map.entry("Hospitals, Healthcare & Clinics", 11),
            Map.entry("Manufacturing", 12), Map.entry("Oil, Gas & Mining", 13), Map.entry("Business Services", 14),
            Map.entry("Real Estate", 15), Map.entry("Retail", 16), Map.entry("Technology, Information & Media", 17),
            Map.entry("Transportation, Logistics, Supply Chain & Storage", 18), Map.entry("Utilities", 19),
            Map.entry("Wholesale", 20));
    private static final String TECH = "Technology, Information & Media";

    private List<String> names;
    private List<Map<String, Object>> companies;
    private Map<String, List<String>> signalTypes;
    private Map<String, Object> first;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void sampleFortyCompanies() {
        Sim.reset();
        names = Sim.companies(40, 5_000).stream().map(c -> (String) c.get("name")).toList();
        JsonPath found = Prospecting.companies(Map.of("include", Map.of("names", names)));
        List<Map<String, Object>> rows = found.getList("data");
        signalTypes = rows.stream().collect(Collectors.toMap(r -> (String) r.get("id"),
                r -> List.copyOf((List<String>) r.get("signalTypes"))));
        companies = Prospecting.enrichCompanies(found.getString("requestId"), found.getList("data.id", String.class))
                .statusCode(200).extract().jsonPath().getList("companies");
        first = companies.get(0);
    }

    @Test
    void theSampleIsFoundByName() {
        assertThat(companies).hasSize(40);
        assertThat(companies.stream().map(c -> (String) c.get("name"))).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void firmographicCriteriaKeepExactlyTheMatchingCompanies() {
        String technology = technologies(first).get(0);

        expect(Map.of("mainIndustriesIds", List.of(MAIN_INDUSTRY_IDS.get(first.get("mainIndustry")))),
                c -> first.get("mainIndustry").equals(c.get("mainIndustry")));
        expect(Map.of("mainIndustriesIds", List.of(String.valueOf(MAIN_INDUSTRY_IDS.get(first.get("mainIndustry"))))),
                c -> first.get("mainIndustry").equals(c.get("mainIndustry")));
        long revenueMedian = companies.stream().mapToLong(CompanyFiltersTest::revenueMax).filter(r -> r > 0).sorted()
                .skip(companies.size() / 4).findFirst().orElseThrow();
        expect(Map.of("revenues", List.of(Map.of("min", revenueMedian))), c -> revenueMax(c) >= revenueMedian);
        expect(Map.of("technologies", List.of(technology.toUpperCase(Locale.ROOT))),
                c -> technologies(c).contains(technology));
        expect(Map.of("technologies", List.of(Map.of("name", technology))), c -> technologies(c).contains(technology));
        long median = companies.stream().mapToLong(c -> number(size(c).get("employees_in_linkedin"))).sorted()
                .skip(companies.size() / 2).findFirst().orElseThrow();
        expect(Map.of("employeesInLinkedIn", Map.of("min", median)),
                c -> number(size(c).get("employees_in_linkedin")) >= median);
        expect(Map.of("sicCodes", List.of("737")), c -> TECH.equals(c.get("mainIndustry")));
        expect(Map.of("naics", List.of("5132")), c -> TECH.equals(c.get("mainIndustry")));
        Map<String, Object> withIntent = companies.stream().filter(c -> !topics(c).isEmpty()).findFirst().orElseThrow();
        String topic = topics(withIntent).get(0);
        expect(Map.of("intentTopics", List.of(topic)), c -> topics(c).contains(topic));
    }

    @Test
    void sizeRangesMatchTheCompaniesWhoseSizeRangeOverlapsThem() {
        Map<String, Object> upTo = Map.of("max", 10_000);
        Map<String, Object> from = Map.of("min", 10_001);

        Set<String> small = found(Map.of("names", names, "sizes", List.of(upTo)));
        Set<String> large = found(Map.of("names", names, "sizes", List.of(from)));
        Set<String> either = found(Map.of("names", names, "sizes", List.of(upTo, from)));

        assertThat(small).isEqualTo(ids(c -> overlaps(size(c), 0, 10_000)));
        assertThat(large).isEqualTo(ids(c -> overlaps(size(c), 10_001, Long.MAX_VALUE)));
        assertThat(either).hasSize(companies.size()).containsAll(small).containsAll(large);
    }

    @Test
    void locationCriteriaLookAtTheHeadquarters() {
        Map<String, Object> withState = companies.stream().filter(c -> c.get("state") != null).findFirst()
                .orElseThrow();

        expect(Map.of("locations", List.of(Map.of("country", first.get("country")))),
                c -> first.get("country").equals(c.get("country")));
        expect(Map.of("companyLocations", List.of(Map.of("country", withState.get("country"), "state",
                withState.get("state")))), c -> withState.get("state").equals(c.get("state")));
        expect(Map.of("searchText", first.get("city")), c -> haystack(c).contains(
                ((String) first.get("city")).toLowerCase(Locale.ROOT)));
    }

    @Test
    void partialCompaniesAndSignalsFilter() {
        expect(Map.of("excludePartialCompanies", true), c -> revenueMax(c) > 0);
        expect(Map.of("signal", Map.of("names", List.of("allSignals"))),
                c -> !signalTypes.get(String.valueOf(c.get("id"))).isEmpty());
    }

    @Test
    void excludeRemovesCompaniesMatchingAnyOfItsCriteria() {
        String technology = technologies(first).get(0);
        JsonPath page = Prospecting.companies(Map.of("include", Map.of("names", names), "exclude",
                Map.of("domains", List.of("https://www." + ((Map<?, ?>) first.get("domains")).get("homepage")),
                        "technologies", List.of(technology))));

        assertThat(Set.copyOf(page.getList("data.id", String.class))).isEqualTo(ids(c -> c != first
                && !technologies(c).contains(technology)));
    }

    @Test
    void subIndustryIdsMatchTheSubIndustry() {
        JsonPath page = Prospecting.companies(Map.of("include", Map.of("subIndustriesIds", List.of(129))));

        assertThat(page.getLong("totalResults")).isPositive();
        assertThat(page.getList("data.description", String.class))
                .allMatch(description -> description.contains(" works in software development."));
    }

    private static Set<String> found(Map<String, Object> include) {
        return Set.copyOf(Prospecting.companies(Map.of("include", include)).getList("data.id", String.class));
    }

    private void expect(Map<String, Object> criteria, Predicate<Map<String, Object>> keeps) {
        Map<String, Object> include = new HashMap<>(criteria);
        include.put("names", names);
        Set<String> expected = ids(keeps);

        assertThat(found(include)).as("%s", criteria).isEqualTo(expected);
        assertThat(expected).as("%s keeps some of the companies but not all", criteria).isNotEmpty()
                .hasSizeLessThan(companies.size());
    }

    private Set<String> ids(Predicate<Map<String, Object>> keeps) {
        return companies.stream().filter(keeps).map(c -> String.valueOf(c.get("id"))).collect(Collectors.toSet());
    }

    private static boolean overlaps(Map<String, Object> range, long min, long max) {
        return number(range.get("min")) <= max && number(range.get("max")) >= min;
    }

    private static long revenueMax(Map<String, Object> c) {
        List<?> revenue = (List<?>) c.get("revenueRange");
        return revenue == null || revenue.isEmpty() ? 0 : number(revenue.get(1));
    }

    @SuppressWarnings("unchecked")
    private static String haystack(Map<String, Object> c) {
        return String.join(" ", (String) c.get("name"), (String) c.get("fqdn"), (String) c.get("description"),
                (String) c.get("mainIndustry"), (String) c.get("subIndustry"),
                String.join(" ", (List<String>) c.get("specialities")), (String) c.get("city"),
                Objects.toString(c.get("state"), ""), (String) c.get("country"), (String) c.get("countryIso2"))
                .toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> size(Map<String, Object> c) {
        return (Map<String, Object>) c.get("companySize");
    }

    @SuppressWarnings("unchecked")
    private static List<String> technologies(Map<String, Object> c) {
        return ((List<Map<String, String>>) c.get("technologies")).stream().map(t -> t.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> topics(Map<String, Object> c) {
        Map<String, Object> intent = (Map<String, Object>) c.get("intent");
        return intent == null ? List.of()
                : ((List<Map<String, Object>>) intent.get("detectedTopics")).stream()
                        .map(t -> (String) t.get("topicName")).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
