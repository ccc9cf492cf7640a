package io.lushagraph.person;

import io.lushagraph.person.wire.PersonMetadata;

/**
 * The options of a person lookup as a value: lookups with equal options share a batching lane and a bulk call.
 */
record PersonOptions(Boolean revealEmails, Boolean revealPhones, String filterBy, Boolean refreshJobInfo,
        Boolean partialProfile) {

    static final PersonOptions DEFAULT = new PersonOptions(null, null, null, null, null);

    static PersonOptions of(PersonLookupOptions input) {
        if (input == null) {
            return DEFAULT;
        }
        String filterBy = input.filterBy == null ? null
                : switch (input.filterBy) {
                    case EMAIL_ADDRESSES -> "emailAddresses";
                    case PHONE_NUMBERS -> "phoneNumbers";
                };
        return new PersonOptions(input.revealEmails, input.revealPhones, filterBy, input.refreshJobInfo,
                input.partialProfile);
    }

    PersonMetadata toMetadata() {
        if (equals(DEFAULT)) {
            return null;
        }
        return new PersonMetadata(refreshJobInfo, filterBy, revealEmails, revealPhones, null, null, partialProfile);
    }
}
