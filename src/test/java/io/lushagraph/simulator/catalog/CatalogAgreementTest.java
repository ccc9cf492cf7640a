package io.lushagraph.simulator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Intent;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Place;
import io.lushagraph.simulator.universe.ReferenceData;
import io.lushagraph.simulator.universe.Universe;

/** Every value a generated person or company has is one the simulated filter catalogs offer. */
class CatalogAgreementTest {

    private static final Universe UNIVERSE = Universe.build(7, 5_000, 1_000);

    @Test
    void companiesHaveCatalogIndustriesSizesRevenuesTechnologiesTopicsAndCountries() {
        Map<Integer, Set<Integer>> subsByMain = ReferenceData.industries().stream().collect(Collectors.toMap(
                ReferenceData.MainIndustry::id, main -> main.subs().stream().map(s -> s.subId()).collect(Collectors.toSet())));
        Set<String> technologies = Set.copyOf(ReferenceData.technologies());
        Set<String> topics = Set.copyOf(ReferenceData.intentTopics());

        for (int i = 0; i < UNIVERSE.companyCount(); i++) {
            Company company = UNIVERSE.company(i);
            assertThat(subsByMain.get(company.industry().mainId())).contains(company.industry().subId());
            assertThat(ReferenceData.sizes()).contains(company.size());
            if (company.revenue() != null) {
                assertThat(ReferenceData.revenues()).contains(company.revenue());
            }
            assertThat(technologies).containsAll(company.technologies());
            if (company.intent() != null) {
                assertThat(topics).containsAll(company.intent().topics().stream().map(Intent.Topic::name).toList());
            }
            assertCatalogCountry(company.headquarters());
        }
    }

    @Test
    void peopleHaveCatalogDepartmentsSenioritiesAndCountries() {
        Set<String> departments = Set.copyOf(ReferenceData.DEPARTMENTS);
        Set<ReferenceData.Seniority> seniorities = Set.copyOf(ReferenceData.seniorities());

        for (int i = 0; i < UNIVERSE.peopleCount(); i++) {
            Person person = UNIVERSE.person(i);
            assertThat(departments).containsAll(person.role().departments());
            assertThat(seniorities).contains(new ReferenceData.Seniority(person.role().seniorityId(),
                    person.role().seniority().toLowerCase()));
            assertCatalogCountry(person.place());
        }
    }

    @Test
    void theCatalogsListEachValueOnce() {
        assertThat(ReferenceData.technologies()).doesNotHaveDuplicates().allMatch(t -> t.equals(t.toLowerCase()));
        assertThat(ReferenceData.intentTopics()).doesNotHaveDuplicates();
        assertThat(ReferenceData.countries()).extracting(ReferenceData.Country::code).doesNotHaveDuplicates();
        assertThat(ReferenceData.countries()).extracting(ReferenceData.Country::name).doesNotHaveDuplicates();
    }

    private static void assertCatalogCountry(Place place) {
        assertThat(ReferenceData.countries()).contains(new ReferenceData.Country(place.countryIso2(), place.country()));
    }
}
