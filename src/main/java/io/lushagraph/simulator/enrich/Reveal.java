package io.lushagraph.simulator.enrich;

import io.lushagraph.simulator.billing.RevealKey;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.universe.Person;

/**
 * Which datapoints a person request reveals and what it insists on. Only emails when only {@code revealEmails} is
 * true, only phones when only {@code revealPhones} is, otherwise both; {@code filterBy} names a kind the person must
 * have.
 */
record Reveal(boolean emails, boolean phones, String filterBy) {

    static final String EMAILS = "emailAddresses";
    static final String PHONES = "phoneNumbers";

    static Reveal of(Boolean revealEmails, Boolean revealPhones, String filterBy) {
        if (filterBy != null && !filterBy.equals(EMAILS) && !filterBy.equals(PHONES)) {
            throw RequestRejected.validation("filterBy must be one of: " + EMAILS + ", " + PHONES);
        }
        boolean onlyEmails = Boolean.TRUE.equals(revealEmails);
        boolean onlyPhones = Boolean.TRUE.equals(revealPhones);
        return new Reveal(onlyEmails || !onlyPhones, onlyPhones || !onlyEmails, filterBy);
    }

    /** Whether the person is returned at all: it has the filtered kind and at least one revealed datapoint. */
    boolean admits(Person person) {
        if (EMAILS.equals(filterBy) && !person.hasEmail() || PHONES.equals(filterBy) && !person.hasPhones()) {
            return false;
        }
        return emails && person.hasEmail() || phones && person.hasPhones();
    }

    RevealKey key(Person person) {
        return RevealKey.person(person.personId(), emails, phones);
    }
}
