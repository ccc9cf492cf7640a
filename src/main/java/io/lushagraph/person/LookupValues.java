package io.lushagraph.person;

import java.util.Map;
import java.util.Optional;

/**
 * A person lookup and its options rebuilt from the argument values the query cost sees, exactly as the resolver
 * would receive them; empty when a value is not of the expected kind, so that nothing is guessed.
 */
final class LookupValues {

    private LookupValues() {
    }

    static Optional<PersonLookup> lookup(Map<String, Object> values) {
        if (!values.values().stream().allMatch(v -> v == null || v instanceof String)) {
            return Optional.empty();
        }
        return Optional.of(new PersonLookup(text(values, "id"), text(values, "email"), text(values, "linkedinUrl"),
                text(values, "firstName"), text(values, "lastName"), text(values, "companyName"),
                text(values, "companyDomain")));
    }

    static Optional<PersonLookupOptions> options(Map<String, Object> values) {
        if (values == null) {
            return Optional.of(new PersonLookupOptions());
        }
        PersonLookupOptions options = new PersonLookupOptions();
        try {
            options.revealEmails = (Boolean) values.get("revealEmails");
            options.revealPhones = (Boolean) values.get("revealPhones");
            options.refreshJobInfo = (Boolean) values.get("refreshJobInfo");
            options.partialProfile = (Boolean) values.get("partialProfile");
            Object filterBy = values.get("filterBy");
            options.filterBy = filterBy == null ? null
                    : PersonLookupOptions.DataPointFilter.valueOf(filterBy instanceof Enum<?> e ? e.name()
                            : (String) filterBy);
        } catch (ClassCastException | IllegalArgumentException unexpected) {
            return Optional.empty();
        }
        return Optional.of(options);
    }

    private static String text(Map<String, Object> values, String name) {
        return (String) values.get(name);
    }
}
