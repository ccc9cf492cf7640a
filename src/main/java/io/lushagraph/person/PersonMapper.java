package io.lushagraph.person;

import java.util.List;

import io.lushagraph.company.Company;
import io.lushagraph.company.CompanyMapper;
import io.lushagraph.person.wire.WireContact;
import io.lushagraph.person.wire.WireEmail;
import io.lushagraph.person.wire.WireJobTitle;
import io.lushagraph.person.wire.WirePhone;

/** Turns Lusha's {@code Contact} into the GraphQL {@link Person}. */
final class PersonMapper {

    private PersonMapper() {
    }

    static Person toPerson(WireContact c, Company company) {
        return new Person(c.personId(), c.firstName(), c.lastName(), c.fullName(), jobTitle(c.jobTitle()),
                emails(c.emailAddresses()), phones(c.phoneNumbers()), CompanyMapper.location(c.location()),
                c.socialLinks() == null ? null
                        : new Person.SocialLinks(c.socialLinks().linkedin(), c.socialLinks().xUrl()),
                company, c.jobStartDate(), c.updateDate());
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
