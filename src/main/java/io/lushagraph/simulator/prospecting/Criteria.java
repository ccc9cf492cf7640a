package io.lushagraph.simulator.prospecting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.universe.Place;

/**
 * The pieces filters are built from. Values compare case-insensitively, and a value Lusha would not recognise
 * simply matches nothing, as Lusha's filter operations do.
 */
final class Criteria {

    private static final Set<String> NORTH_AMERICA = Set.of("US", "CA");
    private static final Set<String> LATIN_AMERICA = Set.of("MX", "BR");

    private Criteria() {
    }

    /** The rules of one filter set, one per key given: include needs all of them, exclude any. */
    record Rules<T>(List<Predicate<T>> rules) {

        boolean all(T item) {
            return rules.stream().allMatch(rule -> rule.test(item));
        }

        boolean any(T item) {
            return rules.stream().anyMatch(rule -> rule.test(item));
        }
    }

    static boolean given(List<?> values) {
        return values != null && values.stream().anyMatch(Objects::nonNull);
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    static boolean anyIs(List<String> wanted, String actual) {
        return actual != null && wanted.stream().filter(Objects::nonNull).map(String::trim)
                .anyMatch(actual::equalsIgnoreCase);
    }

    /** Every word of {@code text} appears somewhere in {@code haystack}. */
    static boolean allWordsIn(String text, String haystack) {
        String hay = haystack.toLowerCase(Locale.ROOT);
        return Arrays.stream(text.toLowerCase(Locale.ROOT).trim().split("\\s+")).allMatch(hay::contains);
    }

    /** Every part the location gives matches the place. */
    static boolean at(SearchBodies.Location where, Place place) {
        return where != null && same(where.continent(), place.continent()) && same(where.country(), place.country())
                && same(where.state(), place.state()) && same(where.city(), place.city())
                && same(where.countryGrouping(), grouping(place));
    }

    /** The range overlaps {@code [min, max]}; a missing bound is open. */
    static boolean overlaps(SearchBodies.Bounds bounds, long min, long max) {
        return bounds != null && (bounds.min() == null || bounds.min() <= max)
                && (bounds.max() == null || bounds.max() >= min);
    }

    /** A bare lower-case domain from a domain, FQDN or URL. */
    static String domain(String value) {
        String host = value.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int end = host.indexOf('/');
        return end < 0 ? host : host.substring(0, end);
    }

    /** The signal filter's {@code startDate}, or null without one; a malformed date is a 400. */
    static LocalDate startDate(SearchBodies.Signal signal, String path) {
        if (!given(signal.startDate())) {
            return null;
        }
        try {
            return LocalDate.parse(signal.startDate().trim());
        } catch (DateTimeParseException malformed) {
            throw RequestRejected.validation(path + ".startDate must be a date in YYYY-MM-DD format");
        }
    }

    /** Lusha's {@code country_grouping} of a place: {@code na}, {@code latam}, {@code emea} or {@code apac}. */
    static String grouping(Place place) {
        if (NORTH_AMERICA.contains(place.countryIso2())) {
            return "na";
        }
        if (LATIN_AMERICA.contains(place.countryIso2()) || "South America".equals(place.continent())) {
            return "latam";
        }
        return "Europe".equals(place.continent()) || "Africa".equals(place.continent())
                || "IL".equals(place.countryIso2()) ? "emea" : "apac";
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.isBlank() || wanted.trim().equalsIgnoreCase(actual);
    }
}
