package io.lushagraph.person;

import java.util.List;

import io.lushagraph.common.Location;
import io.lushagraph.company.Company;
import io.lushagraph.company.CompanyMapper;
import io.lushagraph.person.wire.WireContact;
import io.lushagraph.person.wire.WireEmail;
import io.lushagraph.person.wire.WireJobTitle;
import io.lushagraph.person.wire.WirePhone;
import io.lushagraph.prospecting.wire.EnrichedContactData;

/** Turns Lusha's contact shapes into the GraphQL {@link Person}. */
public final class PersonMapper {

    private PersonMapper() {
    }

    static Person toPerson(WireContact c, Company company) {
        return new Person(c.personId(), c.firstName(), c.lastName(), c.fullName(), jobTitle(c.jobTitle()),
                emails(c.emailAddresses()), phones(c.phoneNumbers()), CompanyMapper.location(c.location()),
                c.socialLinks() == null ? null
                        : new Person.SocialLinks(c.socialLinks().linkedin(), c.socialLinks().xUrl()),
                company, c.jobStartDate(), c.updateDate());
    }

    /**
     * A contact revealed by prospecting enrich. Its answer carries no Lusha person id, so {@code id} is the search
     * row's id; the title is a plain string there and the seniority a list.
     */
    public static Person fromProspecting(String rowId, EnrichedContactData c) {
        String seniority = c.seniority().isEmpty() ? null : c.seniority().get(0).value();
        EnrichedContactData.Location l = c.location();
        return new Person(rowId, c.firstName(), c.lastName(), c.fullName(),
                new Person.JobTitle(c.jobTitle(), c.departments(), seniority),
                c.emailAddresses().stream().filter(e -> e.email() != null)
                        .map(e -> new Person.Email(e.email(), e.emailType(), e.emailConfidence())).toList(),
                c.phoneNumbers().stream().filter(p -> p.number() != null)
                        .map(p -> new Person.Phone(p.number(), p.phoneType(), Boolean.TRUE.equals(p.doNotCall())))
                        .toList(),
                l == null ? null
                        : new Location(l.country(), l.countryIso2(), l.continent(), l.state(), null, l.city(), null),
                c.socialLinks() == null ? null
                        : new Person.SocialLinks(c.socialLinks().linkedin(), c.socialLinks().xUrl()),
                c.companyId() == null ? null
                        : CompanyMapper.fromProspectContact(c.companyId(), c.companyName(), c.company()),
                null, null);
    }

    private static Person.JobTitle jobTitle(WireJobTitle t) {
        if (t == null) {
            return null;
        }
        return new Person.JobTitle(t.title(), t.departments() == null ? List.of() : t.departments(), t.seniority());
    }

    private static List<Person.Email> emails(List<WireEmail> emails) {
        return emails == null ? List.of()
                : emails.stream().filter(e -> e.email() != null)
                        .map(e -> new Person.Email(e.email(), e.emailType(), e.emailConfidence())).toList();
    }

    private static List<Person.Phone> phones(List<WirePhone> phones) {
        return phones == null ? List.of()
                : phones.stream().filter(p -> p.number() != null)
                        .map(p -> new Person.Phone(p.number(), p.phoneType(), Boolean.TRUE.equals(p.doNotCall())))
                        .toList();
    }
}
