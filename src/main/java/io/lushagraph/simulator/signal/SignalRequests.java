package io.lushagraph.simulator.signal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.universe.SignalTypes;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Validates the parts every signal request shares: the signal type names ({@code allSignals} expands to every type
 * of the entity kind; unknown names are a 400), the start date and the result cap, and company sub-filters.
 */
@RegisterForReflection(targets = { SignalRequests.Filters.class, SignalRequests.Include.class, SignalRequests.Location.class })
public final class SignalRequests {

    private SignalRequests() {
    }

    /** {@code filters} of a company signal request, {@code signalsFilters} of a bulk company request. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Filters(Include include) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Include(List<String> newsEventTypes, List<String> hiringByDepartments,
            List<Location> hiringByLocations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(String country, String state) {
    }

    /** The contact signal types named, in Lusha's order. */
    public static List<String> contactTypes(String field, List<String> names) {
        return types(field, names, SignalTypes.CONTACT);
    }

    /** The company signal types named, in Lusha's order. */
    public static List<String> companyTypes(String field, List<String> names) {
        return types(field, names, SignalTypes.COMPANY);
    }

    /** The date of {@code YYYY-MM-DD}, or null when absent. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException malformed) {
            throw RequestRejected.validation(field + " must be a valid ISO 8601 date string (YYYY-MM-DD)");
        }
    }

    /** The number a caller's {@code id} holds, or null when it is not one. */
    static Long numeric(String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    /** The cap on items per signal type; 0 (no cap) when absent. */
    static int maxResults(Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 1) {
            throw RequestRejected.validation("maxResultsPerSignal must not be less than 1");
        }
        return value;
    }

    /** The sub-filters; a hiring location with a state but no country is a 400. */
    public static CompanySignalFilter filter(String field, Filters filters) {
        if (filters == null || filters.include() == null) {
            return CompanySignalFilter.NONE;
        }
        Include include = filters.include();
        List<CompanySignalFilter.Location> locations = new ArrayList<>();
        List<Location> given = include.hiringByLocations() == null ? List.of() : include.hiringByLocations();
        for (int i = 0; i < given.size(); i++) {
            Location location = given.get(i);
            boolean noCountry = location == null || location.country() == null || location.country().isBlank();
            if (noCountry) {
                throw RequestRejected.validation(
                        field + ".include.hiringByLocations[" + i + "].country is required, also with state");
            }
            String state = location.state() == null || location.state().isBlank() ? null : location.state().trim();
            locations.add(new CompanySignalFilter.Location(location.country().trim(), state));
        }
        return CompanySignalFilter.of(include.newsEventTypes(), include.hiringByDepartments(), locations);
    }

    private static List<String> types(String field, List<String> names, List<String> known) {
        if (names == null || names.isEmpty()) {
            throw RequestRejected.validation(field + " should not be empty");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : names) {
            if (SignalTypes.ALL_SIGNALS.equals(name)) {
                wanted.addAll(known);
            } else if (known.contains(name)) {
                wanted.add(name);
            } else {
                throw RequestRejected.validation("each value in " + field + " must be one of the following values: "
                        + SignalTypes.ALL_SIGNALS + ", " + String.join(", ", known));
            }
        }
        return known.stream().filter(wanted::contains).toList();
    }
}
