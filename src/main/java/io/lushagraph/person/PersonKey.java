package io.lushagraph.person;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.lushagraph.person.wire.CompanyHint;
import io.lushagraph.person.wire.ContactQuery;

/**
 * A validated person lookup reduced to the one identifier that will be sent, with equality on its normalised
 * form, so that the same person asked for twice (in any letter case) is looked up once.
 */
public final class PersonKey {

    enum Kind {
        ID,
        EMAIL,
        LINKEDIN,
        NAME_AT_COMPANY,
        NAME_AT_DOMAIN
    }

    private static final Pattern NUMERIC = Pattern.compile("\\d{1,18}");

    private final Kind kind;
    private final List<String> values;
    private final String normalised;

    private PersonKey(Kind kind, List<String> values) {
        this.kind = kind;
        this.values = values;
        this.normalised = kind + "|" + String.join("|", values).toLowerCase(Locale.ROOT);
    }

    /** The contact id this key looks up by, if it is an id lookup. */
    Optional<String> contactId() {
        return kind == Kind.ID ? Optional.of(values.get(0)) : Optional.empty();
    }

    /** The email address this key looks up by, if it is an email lookup. */
    Optional<String> email() {
        return kind == Kind.EMAIL ? Optional.of(values.get(0)) : Optional.empty();
    }

    /**
     * The key of a lookup, or empty when it has no usable identifier. A Lusha person id is a number (its
     * {@code Contact.personId}); any other id would have Lusha refuse the whole bulk call it travels in.
     */
    public static Optional<PersonKey> of(PersonLookup lookup) {
        if (lookup == null) {
            return Optional.empty();
        }
        if (present(lookup.id)) {
            String id = lookup.id.trim();
            return NUMERIC.matcher(id).matches() ? Optional.of(new PersonKey(Kind.ID, List.of(id))) : Optional.empty();
        }
        if (present(lookup.email)) {
            return Optional.of(new PersonKey(Kind.EMAIL, List.of(lookup.email.trim())));
        }
        if (present(lookup.linkedinUrl)) {
            return Optional.of(new PersonKey(Kind.LINKEDIN, List.of(lookup.linkedinUrl.trim())));
        }
        if (present(lookup.firstName) && present(lookup.lastName)) {
            String first = lookup.firstName.trim();
            String last = lookup.lastName.trim();
            if (present(lookup.companyName)) {
                return Optional.of(new PersonKey(Kind.NAME_AT_COMPANY, List.of(first, last, lookup.companyName.trim())));
            }
            if (present(lookup.companyDomain)) {
                return Optional.of(new PersonKey(Kind.NAME_AT_DOMAIN, List.of(first, last, lookup.companyDomain.trim())));
            }
        }
        return Optional.empty();
    }

    /** The bulk request entry for this key, filed under {@code contactId}. */
    ContactQuery toQuery(String contactId) {
        return switch (kind) {
            case ID -> new ContactQuery(contactId, values.get(0), null, null, null, null);
            case EMAIL -> new ContactQuery(contactId, null, values.get(0), null, null, null);
            case LINKEDIN -> new ContactQuery(contactId, null, null, values.get(0), null, null);
            case NAME_AT_COMPANY -> new ContactQuery(contactId, null, null, null, fullName(),
                    List.of(new CompanyHint(values.get(2), null, true)));
            case NAME_AT_DOMAIN -> new ContactQuery(contactId, null, null, null, fullName(),
                    List.of(new CompanyHint(null, values.get(2), true)));
        };
    }

    private String fullName() {
        return values.get(0) + " " + values.get(1);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonKey key && key.normalised.equals(normalised);
    }

    @Override
    public int hashCode() {
        return normalised.hashCode();
    }

    @Override
    public String toString() {
        return "PersonKey[" + kind + "]";
    }
}
