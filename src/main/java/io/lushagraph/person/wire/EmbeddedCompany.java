package io.lushagraph.person.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Lusha's {@code CompanyResponse}: the company embedded in person answers (keyed by company id in the bulk answer,
 * nested under the contact in the single one).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbeddedCompany(String id, String name, String description, Domains domains, String homepageUrl,
        String fqdn, WireLocation location, List<Long> companySize, List<Long> revenueRange, String logoUrl,
        Social social, List<String> specialities, List<Technology> technologies, String mainIndustry,
        String subIndustry) {

    /** The company's web and email domains. */
    public record Domains(String homepage, String email) {
    }

    /** The company's social profile URLs. */
    public record Social(String linkedin, String crunchbase, String twitter, String facebook) {
    }

    /** A technology the company uses. */
    public record Technology(String name) {
    }
}
