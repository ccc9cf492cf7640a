package io.lushagraph.simulator.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UniverseTest {

    private static final int PEOPLE = 20_000;
    private static final int COMPANIES = 2_000;

    private static Universe universe;

    @BeforeAll
    static void build() {
        universe = Universe.build(42, PEOPLE, COMPANIES);
    }

    @Test
    void sameSeedGivesAnEqualUniverse() {
        Universe again = Universe.build(42, PEOPLE, COMPANIES);

        assertThat(people(again)).isEqualTo(people(universe));
        assertThat(companies(again)).isEqualTo(companies(universe));
    }

    @Test
    void differentSeedGivesADifferentUniverse() {
        Universe other = Universe.build(43, PEOPLE, COMPANIES);

        assertThat(people(other).subList(0, 100)).doesNotContainAnyElementsOf(people(universe).subList(0, 100));
        assertThat(companies(other).get(0).name()).isNotEqualTo(companies(universe).get(0).name());
    }

    @Test
    void emailsLinkedinUrlsIdsAndCompanyNamesAndDomainsAreUnique() {
        List<Person> people = people(universe);
        List<String> emails = people.stream().map(Person::email).filter(e -> e != null).toList();

        assertThat(new HashSet<>(emails)).hasSameSizeAs(emails);
        assertThat(people.stream().map(Person::linkedinUrl).distinct()).hasSize(PEOPLE);
        assertThat(people.stream().map(Person::personId).distinct()).hasSize(PEOPLE);
        assertThat(companies(universe).stream().map(c -> c.name().toLowerCase()).distinct()).hasSize(COMPANIES);
        assertThat(companies(universe).stream().map(Company::domain).distinct()).hasSize(COMPANIES);
    }

    @Test
    void mostCompaniesAreSmallAndFewAreLarge() {
        java.util.Map<Long, Long> bySizeMin = java.util.stream.IntStream.range(0, COMPANIES)
                .mapToObj(universe::company)
                .collect(java.util.stream.Collectors.groupingBy(c -> c.size().min(),
                        java.util.stream.Collectors.counting()));

        assertThat(bySizeMin).hasSize(8);
        assertThat(bySizeMin.get(1L)).isEqualTo(COMPANIES * 200L / 1000);
        assertThat(bySizeMin.get(11L)).isEqualTo(COMPANIES * 250L / 1000);
        assertThat(bySizeMin.get(10001L)).isEqualTo(COMPANIES * 10L / 1000);
    }

    @Test
    void aboutOneInTenHasNoEmailAndAboutOneInSevenNoPhone() {
        List<Person> people = people(universe);

        long withoutEmail = people.stream().filter(p -> !p.hasEmail()).count();
        long withoutPhone = people.stream().filter(p -> !p.hasPhones()).count();

        assertThat(withoutEmail).isBetween(PEOPLE * 8L / 100, PEOPLE * 12L / 100);
        assertThat(withoutPhone).isBetween(PEOPLE * 13L / 100, PEOPLE * 17L / 100);
    }

    @Test
    void everyPersonIsFoundByEachOfTheirIdentifiers() {
        for (int i = 0; i < PEOPLE; i += 7) {
            Person person = universe.person(i);
            Company company = universe.company(person.companyIndex());

            assertThat(universe.personById(person.personId())).hasValue(i);
            assertThat(universe.personByLinkedin(person.linkedinUrl())).hasValue(i);
            if (person.hasEmail()) {
                assertThat(universe.personByEmail(person.email().toUpperCase())).hasValue(i);
            }
            int byName = universe.personByName(person.firstName(), person.lastName(), company.index()).orElseThrow();
            assertThat(universe.person(byName).fullName()).isEqualTo(person.fullName());
            assertThat(universe.companyByDomain(company.domain())).hasValue(company.index());
        }
    }

    @Test
    void lookupsNormaliseTheirKeys() {
        Person person = universe.person(123);
        Company company = universe.company(7);
        String slug = person.linkedinUrl().substring("https://www.".length());

        assertThat(universe.personByLinkedin("HTTP://" + slug.toUpperCase() + "/")).hasValue(123);
        assertThat(universe.personByLinkedin(slug + "?trk=x")).hasValue(123);
        assertThat(universe.companyByDomain("https://www." + company.domain().toUpperCase() + "/about")).hasValue(7);
        assertThat(universe.companyByName("  " + company.name().toUpperCase() + " ")).hasValue(7);
        assertThat(universe.companyById(company.id())).hasValue(7);
    }

    @Test
    void unknownKeysFindNothing() {
        assertThat(universe.personById(universe.person(5).personId() + 1)).isEmpty();
        assertThat(universe.personById(12)).isEmpty();
        assertThat(universe.personByEmail("nobody@nowhere.example")).isEmpty();
        assertThat(universe.personByLinkedin("https://www.linkedin.com/in/nobody")).isEmpty();
        assertThat(universe.companyByDomain("nowhere.example")).isEmpty();
        assertThat(universe.companyByName("No Such Company")).isEmpty();
    }

    private static List<Person> people(Universe u) {
        return IntStream.range(0, u.peopleCount()).mapToObj(u::person).toList();
    }

    private static List<Company> companies(Universe u) {
        return IntStream.range(0, u.companyCount()).mapToObj(u::company).toList();
    }
}
