package io.lushagraph.simulator.prospecting;

import java.util.List;
import java.util.Locale;

import io.lushagraph.simulator.enrich.CompanyMapper;
import io.lushagraph.simulator.enrich.CompanyParts;
import io.lushagraph.simulator.enrich.PersonWire;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Phone;
import io.lushagraph.simulator.universe.Place;

/**
 * Renders what prospecting enrich reveals: {@code ContactEnrichData} and {@code CompanyEnrichData} (enrichProspectingContacts,
 * enrichProspectingCompanies).
 */
final class Reveals {

    private Reveals() {
    }

    /** The contact with the revealed kinds of datapoint only; {@code phones} are those it may show. */
    static ProspectingWire.Contact contact(Person p, Company c, boolean emails, List<Phone> phones, boolean shown) {
        String updated = p.updateDate().toString();
        List<PersonWire.EmailAddress> emailAddresses = emails && p.hasEmail()
                ? List.of(new PersonWire.EmailAddress(p.email(), "work", p.emailConfidence(), updated))
                : List.of();
        Place place = p.place();
        return new ProspectingWire.Contact(p.firstName(), p.lastName(), p.fullName(), shown, p.role().title(),
                new ProspectingWire.ContactLocation(place.city(), place.state(), place.country(), place.countryIso2(),
                        place.continent()),
                emailAddresses,
                phones.stream().map(ph -> new PersonWire.PhoneNumber(ph.number(), ph.type(), ph.doNotCall(), updated))
                        .toList(),
                c.id(), c.name(), new PersonWire.SocialLinks(p.linkedinUrl()), p.role().departments(),
                List.of(new ProspectingWire.Seniority(p.role().seniorityId(),
                        p.role().seniority().toLowerCase(Locale.ROOT))),
                new ProspectingWire.ContactCompany(CompanyMapper.range(c.revenue()), CompanyMapper.funding(c.funding()),
                        CompanyMapper.intent(c.intent()), c.industry().main(), c.industry().sub(),
                        CompanyMapper.technologies(c)));
    }

    static ProspectingWire.Company company(Company c) {
        Place hq = c.headquarters();
        List<Double> coordinates = List.of(hq.longitude(), hq.latitude());
        return new ProspectingWire.Company(c.id(), c.name(),
                new ProspectingWire.Size(c.size().min(), c.size().max(), c.employeesInLinkedin()),
                CompanyMapper.employees(c.size()), CompanyMapper.range(c.revenue()), "www." + c.domain(),
                CompanyMapper.description(c), new CompanyParts.Domains(c.domain(), c.domain()),
                CompanyMapper.logoUrl(c), List.of(c.industry().main(), c.industry().sub()), hq.city(), hq.state(),
                hq.stateCode(), hq.country(), hq.countryIso2(), hq.continent(), CompanyMapper.rawLocation(c),
                coordinates, new CompanyParts.Social(CompanyMapper.linkedin(c), CompanyMapper.crunchbase(c)),
                c.specialities(), c.industry().main(), c.industry().sub(), c.linkedinFollowers(), c.domain(),
                List.of(new ProspectingWire.Office(hq.city(), hq.state(), hq.stateCode(), hq.country(),
                        hq.countryIso2(), hq.continent(), coordinates)),
                CompanyMapper.companyType(c), c.popularityTier(), CompanyMapper.funding(c.funding()),
                CompanyMapper.intent(c.intent()), CompanyMapper.technologies(c));
    }
}
