package io.lushagraph.simulator.prospecting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import io.lushagraph.simulator.enrich.CompanyMapper;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Place;
import io.lushagraph.simulator.universe.Universe;

/**
 * Turns {@code CompanyFilters} into rules over companies: within a key any value matches, and the universe's only
 * known office of a company is its headquarters, so {@code locations} and {@code companyLocations} both look there.
 */
final class CompanyRules {

    private CompanyRules() {
    }

    /** The rules of an include or exclude set; {@code path} names it in validation messages. */
    static Criteria.Rules<Company> of(SearchBodies.CompanyCriteria c, String path) {
        List<Predicate<Company>> rules = new ArrayList<>();
        if (c == null) {
            return new Criteria.Rules<>(rules);
        }
        add(rules, c.names(), names -> co -> Criteria.anyIs(names, co.name()));
        add(rules, c.domains(), domains -> co -> domains.stream().filter(Objects::nonNull).map(Criteria::domain)
                .anyMatch(co.domain()::equals));
        add(rules, c.locations(), places -> co -> places.stream().anyMatch(p -> Criteria.at(p, co.headquarters())));
        add(rules, offices(c.companyLocations(), path),
                places -> co -> places.stream().anyMatch(p -> Criteria.at(p, co.headquarters())));
        add(rules, names(c.technologies()),
                technologies -> co -> co.technologies().stream().anyMatch(t -> Criteria.anyIs(technologies, t)));
        add(rules, c.intentTopics(), topics -> co -> co.intent() != null
                && co.intent().topics().stream().anyMatch(t -> Criteria.anyIs(topics, t.name())));
        add(rules, c.sizes(), sizes -> co -> sizes.stream()
                .anyMatch(b -> Criteria.overlaps(b, co.size().min(), co.size().max())));
        add(rules, c.revenues(), revenues -> co -> co.revenue() != null && revenues.stream()
                .anyMatch(b -> Criteria.overlaps(b, co.revenue().min(), co.revenue().max())));
        add(rules, c.sicCodes(), codes -> co -> IndustryCodes.matches(IndustryCodes.sic(co), codes));
        add(rules, c.naicsCodes(), codes -> co -> IndustryCodes.matches(IndustryCodes.naics(co), codes));
        add(rules, c.mainIndustriesIds(),
                ids -> co -> Criteria.anyIs(ids, Integer.toString(co.industry().mainId())));
        add(rules, c.subIndustriesIds(), ids -> co -> Criteria.anyIs(ids, Integer.toString(co.industry().subId())));
        if (Criteria.given(c.searchText())) {
            rules.add(co -> Criteria.allWordsIn(c.searchText(), haystack(co)));
        }
        if (c.employeesInLinkedIn() != null) {
            rules.add(co -> Criteria.overlaps(c.employeesInLinkedIn(), co.employeesInLinkedin(),
                    co.employeesInLinkedin()));
        }
        if (c.signal() != null && Criteria.given(c.signal().names())) {
            LocalDate since = Criteria.startDate(c.signal(), path + ".signal");
            rules.add(co -> DerivedSignals.matches(DerivedSignals.of(co), c.signal().names(), since));
        }
        return new Criteria.Rules<>(rules);
    }

    /** The companies a {@code filters.companies} group selects: every include rule holds and no exclude rule. */
    static BitSet select(Universe world, SearchBodies.Group<SearchBodies.CompanyCriteria> group, String path) {
        SearchBodies.CompanyCriteria include = group == null ? null : group.include();
        Criteria.Rules<Company> in = of(include, path + ".include");
        Criteria.Rules<Company> out = of(group == null ? null : group.exclude(), path + ".exclude");
        boolean noPartial = include != null && Boolean.TRUE.equals(include.excludePartialCompanies());
        BitSet selected = new BitSet(world.companyCount());
        for (int i = 0; i < world.companyCount(); i++) {
            Company company = world.company(i);
            if (in.all(company) && !out.any(company) && !(noPartial && partial(company))) {
                selected.set(i);
            }
        }
        return selected;
    }

    /** Lusha's partial companies, which {@code excludePartialCompanies} leaves out: those without a revenue. */
    static boolean partial(Company company) {
        return company.revenue() == null;
    }

    private static <V> void add(List<Predicate<Company>> rules, List<V> values,
            Function<List<V>, Predicate<Company>> rule) {
        if (Criteria.given(values)) {
            rules.add(rule.apply(values.stream().filter(Objects::nonNull).toList()));
        }
    }

    private static List<SearchBodies.Location> offices(List<SearchBodies.Location> offices, String path) {
        if (offices == null) {
            return null;
        }
        for (int i = 0; i < offices.size(); i++) {
            if (offices.get(i) == null || !Criteria.given(offices.get(i).country())) {
                throw RequestRejected.validation(path + ".companyLocations[" + i + "].country is required");
            }
        }
        return offices;
    }

    /** Technology names, sent as strings or as {@code {name}} objects. */
    private static List<String> names(List<Object> technologies) {
        if (technologies == null) {
            return null;
        }
        return technologies.stream()
                .map(t -> t instanceof Map<?, ?> named ? named.get("name") : t)
                .filter(Objects::nonNull).map(Object::toString).toList();
    }

    private static String haystack(Company co) {
        Place hq = co.headquarters();
        return String.join(" ", co.name(), co.domain(), CompanyMapper.description(co), co.industry().main(),
                co.industry().sub(), String.join(" ", co.specialities()), hq.city(), Objects.toString(hq.state(), ""),
                hq.country(), hq.countryIso2());
    }
}
