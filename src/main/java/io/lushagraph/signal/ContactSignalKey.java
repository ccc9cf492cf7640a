package io.lushagraph.signal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.lushagraph.person.PersonLookup;
import io.lushagraph.signal.wire.ContactIdentity;

/**
 * A person lookup of {@code contactSignals} reduced to the one identifier sent to Lusha's contact signal search,
 * trimmed and lower-cased, so that equal lookups are searched once. An id must be a number: Lusha takes an
 * {@code id} given alone as its person id.
 */
record ContactSignalKey(Kind kind, List<String> values) {

    enum Kind {
        ID,
        EMAIL,
        LINKEDIN,
        NAME_AT_COMPANY,
        NAME_AT_DOMAIN
    }

    static Optional<ContactSignalKey> of(PersonLookup lookup) {
        if (lookup == null) {
            return Optional.empty();
        }
        if (present(lookup.id)) {
            return lookup.id.trim().matches("\\d{1,18}") ? key(Kind.ID, lookup.id) : Optional.empty();
        }
        if (present(lookup.email)) {
            return key(Kind.EMAIL, lookup.email);
        }
        if (present(lookup.linkedinUrl)) {
            return key(Kind.LINKEDIN, lookup.linkedinUrl);
        }
        if (present(lookup.firstName) && present(lookup.lastName)) {
            if (present(lookup.companyName)) {
                return key(Kind.NAME_AT_COMPANY, lookup.firstName, lookup.lastName, lookup.companyName);
            }
            if (present(lookup.companyDomain)) {
                return key(Kind.NAME_AT_DOMAIN, lookup.firstName, lookup.lastName, lookup.companyDomain);
            }
        }
        return Optional.empty();
    }

    /** The key the answer files this lookup under: the person id itself, or {@code q<index>}. */
    String wireKey(int index) {
        return kind == Kind.ID ? values.get(0) : "q" + index;
    }

    /** The search entry, filed under {@code wireKey}. */
    ContactIdentity toIdentity(String wireKey) {
        return switch (kind) {
            case ID -> new ContactIdentity(wireKey, null, null, null, null);
            case EMAIL -> new ContactIdentity(wireKey, null, values.get(0), null, null);
            case LINKEDIN -> new ContactIdentity(wireKey, values.get(0), null, null, null);
            case NAME_AT_COMPANY -> new ContactIdentity(wireKey, null, null, fullName(),
                    List.of(new ContactIdentity.Company(values.get(2), null, true)));
            case NAME_AT_DOMAIN -> new ContactIdentity(wireKey, null, null, fullName(),
                    List.of(new ContactIdentity.Company(null, values.get(2), true)));
        };
    }

    private String fullName() {
        return values.get(0) + " " + values.get(1);
    }

    private static Optional<ContactSignalKey> key(Kind kind, String... values) {
        return Optional.of(new ContactSignalKey(kind, List.of(values).stream()
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).toList()));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
