package io.lushagraph.prospecting;

import io.lushagraph.prospecting.wire.CompanySearchRow;
import io.lushagraph.prospecting.wire.ContactSearchRow;

/** Turns Lusha's search rows into the GraphQL rows; an availability flag Lusha left out is false. */
final class SearchRows {

    private SearchRows() {
    }

    static ProspectContact contact(ContactSearchRow r) {
        return new ProspectContact(r.contactId(), r.name(), r.jobTitle(), r.companyId(), r.companyName(),
                domain(r.fqdn()), r.companyDescription(), r.logoUrl(), yes(r.isShown()),
                new ContactAvailability(yes(r.hasEmails()), yes(r.hasWorkEmail()), yes(r.hasPrivateEmail()),
                        yes(r.hasPhones()), yes(r.hasMobilePhone()), yes(r.hasDirectPhone()), yes(r.hasDepartment()),
                        yes(r.hasSeniority()), yes(r.hasContactLocation()), yes(r.hasSocialLink())),
                new CompanyAvailability(yes(r.hasCompanyEmployeesCount()), yes(r.hasCompanyRevenue()),
                        yes(r.hasCompanyMainIndustry()), yes(r.hasCompanySubIndustry()), yes(r.hasCompanyFunding()),
                        yes(r.hasCompanyIntent()), yes(r.hasCompanyTechnologies()), yes(r.hasCompanyCity()),
                        yes(r.hasCompanyCountry())),
                r.signalTypes());
    }

    static ProspectCompany company(CompanySearchRow r) {
        return new ProspectCompany(r.id(), r.name(), domain(r.fqdn()), r.description(), r.logoUrl(),
                new CompanyAvailability(yes(r.hasCompanyEmployeesCount()), yes(r.hasCompanyRevenue()),
                        yes(r.hasCompanyMainIndustry()), yes(r.hasCompanySubIndustry()), yes(r.hasCompanyFunding()),
                        yes(r.hasCompanyIntent()), yes(r.hasCompanyTechnologies()), yes(r.hasCompanyCity()),
                        yes(r.hasCompanyCountry())),
                r.signalTypes());
    }

    private static String domain(String fqdn) {
        return fqdn == null ? null : fqdn.startsWith("www.") ? fqdn.substring(4) : fqdn;
    }

    private static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
