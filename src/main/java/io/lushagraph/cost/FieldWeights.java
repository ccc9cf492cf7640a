package io.lushagraph.cost;

import java.util.Collection;
import java.util.Map;

import io.lushagraph.signal.CompanySignalType;
import io.lushagraph.signal.ContactSignalType;

/**
 * How big a field's list answer can get and how many Lusha credits it can spend, from its arguments. Fields not
 * listed here cost one point and are counted once.
 */
final class FieldWeights {

    static final int DEFAULT_PAGE_SIZE = 20;
    /** Lusha's page size when a lookalike or recommendation call names no {@code limit}, as the service reserves. */
    static final int DEFAULT_LOOKALIKES = 25;
    static final int SIGNALS_PER_ENTITY = 5;

    private FieldWeights() {
    }

    /** How many items the field's answer holds at most, for the fields below it. */
    static long fanOut(String coordinate, Map<String, Object> arguments) {
        return switch (coordinate) {
            case "Query.persons", "Query.companies", "Query.contactSignals", "Query.companySignals" ->
                size(arguments.get("lookups"));
            case "Mutation.enrichContacts" -> size(arguments.get("contactIds"));
            case "Mutation.enrichCompanies" -> size(arguments.get("companyIds"));
            case "Mutation.createWebhookSubscriptions" -> size(arguments.get("inputs"));
            case "Mutation.deleteWebhookSubscriptions" -> size(arguments.get("ids"));
            case "Query.searchContacts", "Query.searchCompanies" -> pageSize(arguments.get("page"));
            case "Query.contactLookalikes", "Query.companyLookalikes", "Person.lookalikes", "Company.lookalikes" ->
                number(arguments.get("limit"), DEFAULT_LOOKALIKES);
            case "Person.signals", "Company.signals" -> SIGNALS_PER_ENTITY;
            default -> 1;
        };
    }

    /** The most credits one evaluation of the field can spend. */
    static long credits(String coordinate, Map<String, Object> arguments) {
        return switch (coordinate) {
            case "Query.person", "Query.company" -> 1;
            case "Query.persons", "Query.companies" -> size(arguments.get("lookups"));
            // Lusha charges a credit per entity for each requested signal type that has results.
            case "Person.signals" -> signalTypes(arguments, ContactSignalType.values().length);
            case "Company.signals" -> signalTypes(arguments, CompanySignalType.values().length);
            case "Query.contactSignals" ->
                size(arguments.get("lookups")) * signalTypes(arguments, ContactSignalType.values().length);
            case "Query.companySignals" ->
                size(arguments.get("lookups")) * signalTypes(arguments, CompanySignalType.values().length);
            case "Mutation.enrichContacts" -> size(arguments.get("contactIds"));
            case "Mutation.enrichCompanies" -> size(arguments.get("companyIds"));
            case "Query.contactLookalikes", "Query.companyLookalikes", "Person.lookalikes", "Company.lookalikes" ->
                number(arguments.get("limit"), DEFAULT_LOOKALIKES);
            default -> 0;
        };
    }

    /** Whether the field reveals contact data a tenant may be barred from: a person's emails or phones. */
    static boolean isContactData(String coordinate) {
        return coordinate.equals("Person.emails") || coordinate.equals("Person.phones");
    }

    // The types asked for; all of the entity's kinds when none are (allSignals).
    private static long signalTypes(Map<String, Object> arguments, int all) {
        return arguments.get("types") instanceof Collection<?> types && !types.isEmpty()
                ? types.stream().distinct().count()
                : all;
    }

    private static long size(Object list) {
        return list instanceof Collection<?> items ? items.size() : 1;
    }

    private static long pageSize(Object page) {
        return page instanceof Map<?, ?> map ? number(map.get("size"), DEFAULT_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    }

    // Lists come from variables or literals; anything else (a single value coerced to a list) counts as one.
    private static long number(Object value, long fallback) {
        return value instanceof Number n ? Math.max(0, n.longValue()) : fallback;
    }
}
