package io.lushagraph.company;

import java.util.Locale;
import java.util.Optional;

import io.lushagraph.company.wire.CompanyQuery;

/** A validated company lookup reduced to the identifier that will be sent; equal when normalised values are. */
record CompanyKey(Kind kind, String value) {

    enum Kind {
        ID,
        DOMAIN,
        NAME
    }

    CompanyKey {
        value = value.trim().toLowerCase(Locale.ROOT);
    }

    static Optional<CompanyKey> of(CompanyLookup lookup) {
        if (lookup == null) {
            return Optional.empty();
        }
        if (present(lookup.id)) {
            return Optional.of(new CompanyKey(Kind.ID, lookup.id));
        }
        if (present(lookup.domain)) {
            return Optional.of(new CompanyKey(Kind.DOMAIN, lookup.domain));
        }
        if (present(lookup.name)) {
            return Optional.of(new CompanyKey(Kind.NAME, lookup.name));
        }
        return Optional.empty();
    }

    CompanyQuery toQuery(String id) {
        return switch (kind) {
            case ID -> new CompanyQuery(id, value, null, null, null);
            case DOMAIN -> new CompanyQuery(id, null, value, null, null);
            case NAME -> new CompanyQuery(id, null, null, value, null);
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
