package io.lushagraph.simulator.enrich;

import java.util.OptionalInt;

import io.lushagraph.simulator.universe.Universe;

/** Finds a person by the strongest identifier that matches: person id, email, LinkedIn URL, then name at a company. */
public final class PersonMatcher {

    private PersonMatcher() {
    }

    public static OptionalInt match(Universe universe, PersonIdentifiers ids) {
        if (ids.personId() != null) {
            OptionalInt found = universe.personById(ids.personId());
            if (found.isPresent()) {
                return found;
            }
        }
        if (ids.email() != null) {
            OptionalInt found = universe.personByEmail(ids.email());
            if (found.isPresent()) {
                return found;
            }
        }
        if (ids.linkedinUrl() != null) {
            OptionalInt found = universe.personByLinkedin(ids.linkedinUrl());
            if (found.isPresent()) {
                return found;
            }
        }
        return byName(universe, ids);
    }

    private static OptionalInt byName(Universe universe, PersonIdentifiers ids) {
        if (ids.firstName() == null || ids.lastName() == null) {
            return OptionalInt.empty();
        }
        for (PersonIdentifiers.CompanyHint hint : ids.companies()) {
            OptionalInt company = companyOf(universe, hint);
            if (company.isPresent()) {
                OptionalInt found = universe.personByName(ids.firstName(), ids.lastName(), company.getAsInt());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt companyOf(Universe universe, PersonIdentifiers.CompanyHint hint) {
        OptionalInt byDomain = hint.domain() == null ? OptionalInt.empty() : universe.companyByDomain(hint.domain());
        return byDomain.isPresent() || hint.name() == null ? byDomain : universe.companyByName(hint.name());
    }
}
