package io.lushagraph.prospecting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.lushagraph.common.LocationInput;
import io.lushagraph.common.RangeInput;
import io.lushagraph.prospecting.wire.CompanyFilters;
import io.lushagraph.prospecting.wire.CompanyLocationFilter;
import io.lushagraph.prospecting.wire.ContactFilters;
import io.lushagraph.prospecting.wire.ContactLocationFilter;
import io.lushagraph.prospecting.wire.FilterGroup;
import io.lushagraph.prospecting.wire.Range;
import io.lushagraph.prospecting.wire.SignalFilter;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;

/**
 * Turns the GraphQL search filters into Lusha's {@code filters}: {@code countries} join {@code locations}, and
 * criteria left empty are left out. Refuses what Lusha would refuse, before any call.
 */
final class SearchFilters {

    private static final ContactFilters NO_CONTACT_CRITERIA = new ContactFilters(null, null, null, null, null, null,
            null, null);
    private static final CompanyFilters NO_COMPANY_CRITERIA = new CompanyFilters(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    private SearchFilters() {
    }

    static FilterGroup<ContactFilters> contacts(ContactSearchFilters filters) {
        return filters == null ? null : group(contact(filters), contact(filters.exclude));
    }

    static FilterGroup<CompanyFilters> companies(CompanySearchFilters filters) throws GatewayException {
        if (filters == null) {
            return null;
        }
        CompanyFilters include = company(filters, filters.excludePartialCompanies);
        return group(include, company(filters.exclude, null));
    }

    private static ContactFilters contact(ContactCriteria c) {
        if (c == null) {
            return null;
        }
        List<ContactLocationFilter> locations = Stream.concat(stream(c.countries).map(country -> new LocationInput(
                null, country, null, null)), stream(c.locations))
                .map(l -> new ContactLocationFilter(l.continent, l.country, l.state, l.city, null)).toList();
        ContactFilters wire = new ContactFilters(c.departments, c.seniorities, c.dataPoints, orNull(locations),
                c.jobTitles, c.linkedinUrls, c.searchText, signal(c.signals));
        return wire.equals(NO_CONTACT_CRITERIA) ? null : wire;
    }

    private static CompanyFilters company(CompanyCriteria c, Boolean excludePartial) throws GatewayException {
        if (c == null) {
            return null;
        }
        List<CompanyLocationFilter> locations = new ArrayList<>();
        stream(c.countries).forEach(country -> locations.add(new CompanyLocationFilter(country, null, null)));
        for (LocationInput hq : stream(c.locations).toList()) {
            locations.add(headquarters(hq));
        }
        List<CompanyLocationFilter> offices = new ArrayList<>();
        for (LocationInput office : stream(c.officeLocations).toList()) {
            if (office.country == null || office.country.isBlank()) {
                throw GatewayException.of(ErrorCode.INVALID_INPUT, "Each office location needs a country");
            }
            offices.add(companyLocation(office));
        }
        CompanyFilters wire = new CompanyFilters(c.names, c.domains, orNull(locations), orNull(offices),
                c.technologies, c.intentTopics, ranges(c.sizes), ranges(c.revenues), c.sics, c.naics, c.industries,
                c.subIndustries, c.searchText, excludePartial, range(c.employeesOnLinkedin), signal(c.signals));
        return wire.equals(NO_COMPANY_CRITERIA) ? null : wire;
    }

    private static <F> FilterGroup<F> group(F include, F exclude) {
        return include == null && exclude == null ? null : new FilterGroup<>(include, exclude);
    }

    /**
     * Lusha filters a company's headquarters by country alone (the {@code locations} items of
     * {@code searchProspectingCompanies} have only {@code country}, as the company locations catalog offers), so a
     * headquarters location with anything else is refused rather than sent for Lusha to refuse or ignore.
     */
    private static CompanyLocationFilter headquarters(LocationInput l) throws GatewayException {
        if (l.country == null || l.country.isBlank() || l.state != null || l.city != null || l.continent != null) {
            throw GatewayException.of(ErrorCode.INVALID_INPUT, "A headquarters location is a country alone; "
                    + "filter by state with officeLocations");
        }
        return new CompanyLocationFilter(l.country, null, null);
    }

    private static CompanyLocationFilter companyLocation(LocationInput l) {
        return new CompanyLocationFilter(l.country, l.state, l.city);
    }

    private static SignalFilter signal(SearchSignalsInput signals) {
        return signals == null ? null : new SignalFilter(signals.types, signals.since);
    }

    private static List<Range> ranges(List<RangeInput> ranges) {
        return ranges == null ? null : ranges.stream().map(SearchFilters::range).toList();
    }

    private static Range range(RangeInput range) {
        return range == null ? null
                : new Range(range.min == null ? null : Math.round(range.min),
                        range.max == null ? null : Math.round(range.max));
    }

    private static <T> Stream<T> stream(List<T> values) {
        return values == null ? Stream.empty() : values.stream();
    }

    private static <T> List<T> orNull(List<T> values) {
        return values.isEmpty() ? null : values;
    }
}
