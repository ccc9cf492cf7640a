package io.lushagraph.signal;

import java.util.Locale;
import java.util.Optional;

import io.lushagraph.company.CompanyLookup;
import io.lushagraph.signal.wire.CompanySignalsSearchRequest.CompanyIdentity;

/**
 * A company lookup of {@code companySignals} reduced to the one identifier sent to Lusha's company signal search,
 * trimmed and lower-cased. An id must be a number: Lusha takes an {@code id} given alone as its company id.
 */
record CompanySignalKey(Kind kind, String value) {

    enum Kind {
        ID,
        DOMAIN,
        NAME
    }

    static Optional<CompanySignalKey> of(CompanyLookup lookup) {
        if (lookup == null) {
            return Optional.empty();
        }
        if (present(lookup.id)) {
            return lookup.id.trim().matches("\\d{1,18}") ? key(Kind.ID, lookup.id) : Optional.empty();
        }
        if (present(lookup.domain)) {
            return key(Kind.DOMAIN, lookup.domain);
        }
        return present(lookup.name) ? key(Kind.NAME, lookup.name) : Optional.empty();
    }

    /** The key the answer files this lookup under: the company id itself, or {@code q<index>}. */
    String wireKey(int index) {
        return kind == Kind.ID ? value : "q" + index;
    }

    /** The search entry, filed under {@code wireKey}. */
    CompanyIdentity toIdentity(String wireKey) {
        return switch (kind) {
            case ID -> new CompanyIdentity(wireKey, null, null);
            case DOMAIN -> new CompanyIdentity(wireKey, null, value);
            case NAME -> new CompanyIdentity(wireKey, value, null);
        };
    }

    private static Optional<CompanySignalKey> key(Kind kind, String value) {
        return Optional.of(new CompanySignalKey(kind, value.trim().toLowerCase(Locale.ROOT)));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
