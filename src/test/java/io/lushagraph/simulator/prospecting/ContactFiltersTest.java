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
 * Each contact filter keeps exactly the people it should: searches are limited to thirty sampled people by their
 * LinkedIn URLs, and what each filter should keep is worked out from those people's {@code /v2/person} profiles.
 */
@QuarkusTest
class ContactFiltersTest {

    private static final Map<String, Integer> SENIORITY_IDS = Map.of("Other", 1, "Intern", 2, "Entry", 3, "Senior",
            4, "Manager", 5, "Director", 6, "Partner", 7, "Vice President", 8, "C-Suite", 9, "Founder", 10);

    private List<String> urls;
    private Map<String, Map<String, Object>> profiles;
    private Map<String, String> companyNames;
    private Map<String, Object> first;

    @BeforeEach
    void sampleThirtyPeople() {
        Sim.reset();
        List<Map<String, Object>> people = Sim.people(30, 50_000);
        urls = Prospecting.linkedinUrls(people);
        profiles = Sim.contacts(people);
        companyNames = people.stream().collect(Collectors.toMap(p -> (String) p.get("id"),
                p -> (String) p.get("companyName")));
        first = profiles.values().iterator().next();
    }

    @Test
    void includeCriteriaKeepExactlyTheMatchingPeople() {
        String department = departments(first).get(0);
        String country = (String) location(first).get("country");
        String title = (String) jobTitle(first).get("title");

        expect(Map.of("departments", List.of(department.toUpperCase(Locale.ROOT))),
                p -> departments(p).contains(department));
        expect(Map.of("seniority", List.of(SENIORITY_IDS.get((String) jobTitle(first).get("seniority")))),
                p -> jobTitle(p).get("seniority").equals(jobTitle(first).get("seniority")));
        expect(Map.of("locations", List.of(Map.of("country", country))), p -> country.equals(location(p).get("country")));
        expect(Map.of("locations", List.of(Map.of("country", country, "city", location(first).get("city")))),
                p -> location(first).get("city").equals(location(p).get("city")) && country.equals(location(p).get("country")));
        expect(Map.of("jobTitles", List.of(title.substring(1, title.length() - 1).toLowerCase(Locale.ROOT))),
                p -> ((String) jobTitle(p).get("title")).toLowerCase(Locale.ROOT)
                        .contains(title.substring(1, title.length() - 1).toLowerCase(Locale.ROOT)));
        expect(Map.of("existing_data_points", List.of("mobile_phone")), p -> phoneTypes(p).contains("mobile"));
        expect(Map.of("existing_data_points", List.of("direct_phone", "mobile_phone")),
                p -> phoneTypes(p).contains("direct") || phoneTypes(p).contains("mobile"));
        expect(Map.of("existing_data_points", List.of("work_email")), p -> !emails(p).isEmpty());
    }

    @Test
    void differentKeysMustAllMatch() {
        String department = departments(first).get(0);
        String country = (String) location(first).get("country");

        expect(Map.of("departments", List.of(department), "locations", List.of(Map.of("country", country))),
                p -> departments(p).contains(department) && country.equals(location(p).get("country")));
    }

    @Test
    void searchTextNeedsEveryWordInTheNameTitleCompanyOrPlace() {
        String lastName = (String) first.get("lastName");
        String city = (String) location(first).get("city");

        expect(Map.of("searchText", lastName.toLowerCase(Locale.ROOT) + " " + city), p -> haystack(p)
                .contains(lastName.toLowerCase(Locale.ROOT)) && haystack(p).contains(city.toLowerCase(Locale.ROOT)));
    }

    @Test
    void excludeRemovesPeopleMatchingAnyOfItsCriteria() {
        String department = departments(first).get(0);
        String country = (String) location(first).get("country");
        Map<String, Object> filters = Map.of("contacts", Map.of("include", Map.of("linkedinUrls", urls), "exclude",
                Map.of("departments", List.of(department), "locations", List.of(Map.of("country", country)))));

        assertThat(keys(Prospecting.contacts(filters, Map.of()))).isEqualTo(expected(
                p -> !departments(p).contains(department) && !country.equals(location(p).get("country"))));
    }

    @Test
    void companyCriteriaFilterTheContactsCompanies() {
        Object companyId = first.get("companyId");
        String companyName = companyNames.get(String.valueOf(first.get("personId")));
        Map<String, Object> people = Map.of("include", Map.of("linkedinUrls", urls));

        Set<String> atTheCompany = keys(Prospecting.contacts(Map.of("contacts", people, "companies",
                Map.of("include", Map.of("names", List.of(companyName)))), Map.of()));
        Set<String> elsewhere = keys(Prospecting.contacts(Map.of("contacts", people, "companies",
                Map.of("exclude", Map.of("names", List.of(companyName)))), Map.of()));

        assertThat(atTheCompany).isNotEmpty().isEqualTo(expected(p -> companyId.equals(p.get("companyId"))));
        assertThat(elsewhere).isEqualTo(expected(p -> !companyId.equals(p.get("companyId"))));
    }

    private void expect(Map<String, Object> criteria, Predicate<Map<String, Object>> keeps) {
        Map<String, Object> include = new HashMap<>(criteria);
        include.put("linkedinUrls", urls);
        Set<String> expected = expected(keeps);

        assertThat(keys(Prospecting.contacts(include))).as("%s", criteria).isEqualTo(expected);
        assertThat(expected).as("%s keeps some of the people but not all", criteria).isNotEmpty()
                .hasSizeLessThan(profiles.size());
    }

    private Set<String> expected(Predicate<Map<String, Object>> keeps) {
        return profiles.values().stream().filter(keeps).map(p -> p.get("fullName") + "|" + p.get("companyId"))
                .collect(Collectors.toSet());
    }

    private static Set<String> keys(JsonPath page) {
        List<Map<String, Object>> rows = page.getList("data");
        return rows.stream().map(r -> r.get("name") + "|" + r.get("companyId")).collect(Collectors.toSet());
    }

    private String haystack(Map<String, Object> p) {
        Map<String, Object> l = location(p);
        return String.join(" ", (String) p.get("fullName"), (String) jobTitle(p).get("title"),
                String.join(" ", departments(p)), companyNames.get(String.valueOf(p.get("personId"))),
                (String) l.get("city"), Objects.toString(l.get("state"), ""), (String) l.get("country"))
                .toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jobTitle(Map<String, Object> p) {
        return (Map<String, Object>) p.get("jobTitle");
    }

    @SuppressWarnings("unchecked")
    private static List<String> departments(Map<String, Object> p) {
        return (List<String>) jobTitle(p).get("departments");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> location(Map<String, Object> p) {
        return (Map<String, Object>) p.get("location");
    }

    @SuppressWarnings("unchecked")
    private static List<String> phoneTypes(Map<String, Object> p) {
        return ((List<Map<String, Object>>) p.get("phoneNumbers")).stream().map(n -> (String) n.get("phoneType"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> emails(Map<String, Object> p) {
        return (List<Object>) p.get("emailAddresses");
    }
}
