package io.lushagraph.company.wire;

import java.util.List;

import io.lushagraph.person.wire.EmbeddedCompany;

/** Lusha's {@code CompanyBulkResponse}: one company of the bulk company answer, with a flat HQ location. */
public record WireBulkCompany(String id, String lushaCompanyId, String name, String description, String fqdn,
        String emailDomain, String logoUrl, String linkedin, String crunchbase, String founded,
        List<Long> companySize, Long employeesInLinkedin, List<Long> revenueRange, String mainIndustry,
        String subIndustry, String city, String state, String country, String countryIso2, String continent,
        String rawLocation, String companyType, List<String> specialities,
        List<EmbeddedCompany.Technology> technologies) {
}
