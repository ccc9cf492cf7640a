package io.lushagraph.simulator.enrich;

import java.util.List;

import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Place;

/** Renders a universe person as Lusha's {@code Contact}, with only the revealed datapoint kinds. */
final class ContactMapper {

    private ContactMapper() {
    }

    /** The contact; the company is embedded only when {@code embedCompany} (the single-person answer). */
    static PersonWire.Contact contact(Person person, Company company, Reveal reveal, boolean embedCompany) {
        String updated = person.updateDate().toString();
        List<PersonWire.EmailAddress> emails = reveal.emails() && person.hasEmail()
                ? List.of(new PersonWire.EmailAddress(person.email(), "work", person.emailConfidence(), updated))
                : List.of();
        List<PersonWire.PhoneNumber> phones = reveal.phones()
                ? person.phones().stream()
                        .map(p -> new PersonWire.PhoneNumber(p.number(), p.type(), p.doNotCall(), updated)).toList()
                : List.of();
        return new PersonWire.Contact(person.personId(), company.id(), person.firstName(), person.lastName(),
                person.fullName(), List.of(), emails.stream().map(PersonWire.EmailAddress::email).toList(), emails,
                phones.stream().map(PersonWire.PhoneNumber::number).toList(), phones, location(person.place()),
                new PersonWire.JobTitle(person.role().title(), person.role().departments(), person.role().seniority()),
                new PersonWire.SocialLinks(person.linkedinUrl()), person.jobStartDate().toString(), updated,
                embedCompany ? CompanyMapper.embedded(company) : null, null);
    }

    private static PersonWire.ContactLocation location(Place place) {
        return new PersonWire.ContactLocation(place.country(), place.countryIso2(), place.continent(), place.state(),
                place.stateCode(), place.city(), place.eu(), List.of(place.longitude(), place.latitude()));
    }
}
