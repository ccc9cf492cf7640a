package io.lushagraph.simulator.enrich;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The JSON shapes of the company endpoints (searchSingleCompanyV2, searchMultipleCompaniesV2). */
@RegisterForReflection(targets = { CompanyWire.BulkCompany.class, CompanyWire.ErrorMessage.class, CompanyWire.Location.class,
        CompanyWire.SingleCompany.class, CompanyWire.SingleCompanyResponse.class, CompanyWire.Size.class,
        CompanyWire.Social.class, CompanyWire.Url.class })
public final class CompanyWire {

    private CompanyWire() {
    }

    /** {@code GET /v2/company}: {@code data} is null and {@code errors} present when nothing matched. */
    public record SingleCompanyResponse(SingleCompany data,
            @JsonInclude(JsonInclude.Include.NON_NULL) ErrorMessage errors, Map<String, Object> meta) {
    }

    public record ErrorMessage(String message) {
    }

    /**
     * {@code CompanySingleResponseData}: size as an object, social links as {@code {url}} objects; what Lusha does
     * not know is left out, as in its examples.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SingleCompany(long id, String name, String description, String domain, String emailDomain,
            String fqdn, String website, String logoUrl, String employees, String founded, Size companySize,
            List<Long> revenueRange, String mainIndustry, String subIndustry, List<String> categories,
            List<String> specialities, Social social, String address, Location location, String companyType,
            int lushaPopularityTier, int linkedinFollowers, CompanyParts.Funding funding, CompanyParts.Intent intent,
            List<CompanyParts.Technology> technologies) {
    }

    public record Size(long min, long max, long employeesInLinkedin) {
    }

    public record Social(Url linkedin, Url crunchbase) {
    }

    public record Url(String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String city, String country, String fullLocation, String state, String stateCode,
            String countryIso2, String rawLocation) {
    }

    /**
     * {@code CompanyBulkResponse}: size as {@code [min, max]}, a flat headquarters and URL strings, and an array per
     * signal type asked for. What Lusha does not know (revenue, funding, intent, a state) is left out, as in its
     * examples: its OpenAPI allows no null there.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BulkCompany(long id, String lushaCompanyId, String name, List<Long> companySize,
            long employeesInLinkedin, List<Long> revenueRange, String fqdn, String founded, String description,
            String logoUrl, String linkedin, String crunchbase, String mainIndustry, String subIndustry, String city,
            String state, String country, String countryIso2, String continent, String rawLocation,
            int linkedinFollowers, String emailDomain, String companyType, int lushaPopularityTier,
            List<String> specialities, CompanyParts.Funding funding, CompanyParts.Intent intent,
            List<CompanyParts.Technology> technologies, @JsonAnyGetter Map<String, List<?>> signals) {

        /** The company with one array per signal type asked for inline, as sibling keys. */
        BulkCompany withSignals(Map<String, List<?>> bySignalType) {
            return new BulkCompany(id, lushaCompanyId, name, companySize, employeesInLinkedin, revenueRange, fqdn,
                    founded, description, logoUrl, linkedin, crunchbase, mainIndustry, subIndustry, city, state,
                    country, countryIso2, continent, rawLocation, linkedinFollowers, emailDomain, companyType,
                    lushaPopularityTier, specialities, funding, intent, technologies, bySignalType);
        }
    }
}
