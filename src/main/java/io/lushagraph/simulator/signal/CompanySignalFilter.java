package io.lushagraph.simulator.signal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.lushagraph.simulator.universe.SignalTypes;

/**
 * The {@code include} sub-filters of a company signal request ({@code CompanySignalFiltersInclude}): OR within a list,
 * case-insensitive.
 * Unknown news event types and departments are dropped; a list left empty filters nothing.
 */
public record CompanySignalFilter(Set<String> newsEventTypes, Set<String> departments, List<Location> locations) {

    static final CompanySignalFilter NONE = new CompanySignalFilter(Set.of(), Set.of(), List.of());

    /** A hiring location: a country, and optionally a state within it. */
    public record Location(String country, String state) {

        boolean matches(String itemCountry, String itemState) {
            return country.equalsIgnoreCase(itemCountry) && (state == null || state.equalsIgnoreCase(itemState));
        }
    }

    static CompanySignalFilter of(List<String> newsEventTypes, List<String> departments, List<Location> locations) {
        Set<String> knownTypes = SignalTypes.NEWS_EVENT_TYPES.values().stream().flatMap(List::stream)
                .map(CompanySignalFilter::key).collect(Collectors.toSet());
        Set<String> knownDepartments = SignalTypes.hiringDepartments().stream().map(CompanySignalFilter::key)
                .collect(Collectors.toSet());
        return new CompanySignalFilter(known(newsEventTypes, knownTypes), known(departments, knownDepartments),
                locations == null ? List.of() : List.copyOf(locations));
    }

    boolean admitsNews(String eventType) {
        return newsEventTypes.isEmpty() || newsEventTypes.contains(key(eventType));
    }

    boolean admitsDepartment(String department) {
        return departments.isEmpty() || departments.contains(key(department));
    }

    boolean admitsLocation(String country, String state) {
        return locations.isEmpty() || locations.stream().anyMatch(l -> l.matches(country, state));
    }

    private static Set<String> known(List<String> values, Set<String> known) {
        return values == null ? Set.of()
                : values.stream().filter(v -> v != null).map(CompanySignalFilter::key).filter(known::contains)
                        .collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
