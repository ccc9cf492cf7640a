package io.lushagraph.company.wire;

import java.util.List;

import io.lushagraph.person.wire.EmbeddedCompany;

/** Lusha's {@code CompanySingleResponseData}: note the object-shaped size and social links on this endpoint. */
public record WireSingleCompany(String id, String name, String description, String domain, String emailDomain,
        String fqdn, String website, String logoUrl, String employees, String founded, Size companySize,
        List<Long> revenueRange, String mainIndustry, String subIndustry, List<String> specialities, Social social,
        Location location, String companyType, List<EmbeddedCompany.Technology> technologies) {

    /** Employee range with the LinkedIn head count. */
    public record Size(Long min, Long max, Long employeesInLinkedin) {
    }

    /** Social profiles as {@code {url}} objects. */
    public record Social(Link linkedin, Link crunchbase) {
    }

    /** One social profile. */
    public record Link(String url) {
    }

    /** Headquarters. */
    public record Location(String city, String state, String stateCode, String country, String countryIso2,
            String fullLocation, String rawLocation) {
    }
}
