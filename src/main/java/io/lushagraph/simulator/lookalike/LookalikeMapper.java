package io.lushagraph.simulator.lookalike;

import java.util.Locale;

import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Place;
import io.lushagraph.simulator.universe.Universe;

/** Renders universe people and companies in the lookalike and recommendation result shapes. */
final class LookalikeMapper {

    private LookalikeMapper() {
    }

    static LookalikeWire.Contact contact(Universe world, int index) {
        Person person = world.person(index);
        Company company = world.company(person.companyIndex());
        return new LookalikeWire.Contact(Long.toString(person.personId()), person.firstName(), person.lastName(),
                new LookalikeWire.SocialLinks(person.linkedinUrl()),
                new LookalikeWire.ContactCompany(Long.toString(company.id()), company.name(), company.domain()),
                new LookalikeWire.JobTitle(person.role().title(), person.role().departments(),
                        person.role().seniority()),
                location(person.place()));
    }

    static LookalikeWire.Company company(Company company) {
        return new LookalikeWire.Company(company.domain(), Identities.linkedinUrl(company), company.name(),
                company.employeesInLinkedin(), company.industry().main(), location(company.headquarters()));
    }

    static LookalikeWire.RecommendedContact recommendedContact(Universe world, int index) {
        Person person = world.person(index);
        Company company = world.company(person.companyIndex());
        return new LookalikeWire.RecommendedContact(Long.toString(person.personId()), Long.toString(company.id()),
                person.fullName(), person.role().title(), company.name());
    }

    static LookalikeWire.RecommendedCompany recommendedCompany(Company company) {
        return new LookalikeWire.RecommendedCompany(Long.toString(company.id()), company.name(),
                "www." + company.domain(), company.name() + " is a " + company.industry().sub().toLowerCase(Locale.ROOT)
                        + " company based in " + company.headquarters().city() + ".");
    }

    private static LookalikeWire.Location location(Place place) {
        return new LookalikeWire.Location(place.country(), place.state(), place.city());
    }
}
