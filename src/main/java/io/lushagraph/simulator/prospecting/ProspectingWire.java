package io.lushagraph.simulator.prospecting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.lushagraph.simulator.enrich.CompanyParts;
import io.lushagraph.simulator.enrich.PersonWire;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The JSON answers of the prospecting endpoints (searchProspectingContacts and the other three). Search rows go under
 * {@code data}, as every Lusha
 * client reads them, with the {@code billing} object Lusha's own clients read.
 */
@RegisterForReflection(targets = { ProspectingWire.Billing.class, ProspectingWire.Company.class,
        ProspectingWire.CompanyEnrichResponse.class, ProspectingWire.CompanyRow.class, ProspectingWire.Contact.class,
        ProspectingWire.ContactCompany.class, ProspectingWire.ContactEnrichResponse.class,
        ProspectingWire.ContactLocation.class, ProspectingWire.ContactResult.class, ProspectingWire.ContactRow.class,
        ProspectingWire.Office.class, ProspectingWire.SearchResponse.class, ProspectingWire.Seniority.class,
        ProspectingWire.Size.class })
public final class ProspectingWire {

    private ProspectingWire() {
    }

    public record SearchResponse<R>(String requestId, int currentPage, int pageLength, long totalResults,
            List<R> data, Billing billing) {
    }

    public record Billing(int resultsReturned, int creditsCharged) {
    }

    /** {@code ContactSearchData}. */
    public record ContactRow(String contactId, @JsonProperty("isShown") boolean isShown, String name,
            String jobTitle, long companyId, String companyName, String fqdn, String companyDescription,
            String logoUrl, boolean hasEmails, boolean hasWorkEmail, boolean hasPrivateEmail, boolean hasPhones,
            boolean hasMobilePhone, boolean hasDirectPhone, boolean hasDepartment, boolean hasSeniority,
            boolean hasContactLocation, boolean hasSocialLink, boolean hasCompanyEmployeesCount,
            boolean hasCompanyRevenue, boolean hasCompanyMainIndustry, boolean hasCompanySubIndustry,
            boolean hasCompanyFunding, boolean hasCompanyIntent, boolean hasCompanyTechnologies,
            boolean hasCompanyCity, boolean hasCompanyCountry, List<String> signalTypes) {
    }

    /** {@code CompanySearchData}; {@code id} is the Lusha company id as a string. */
    public record CompanyRow(String id, String name, String fqdn, String description, String logoUrl,
            boolean hasCompanyEmployeesCount, boolean hasCompanyRevenue, boolean hasCompanyMainIndustry,
            boolean hasCompanySubIndustry, boolean hasCompanyFunding, boolean hasCompanyIntent,
            boolean hasCompanyTechnologies, boolean hasCompanyCity, boolean hasCompanyCountry,
            List<String> signalTypes) {
    }

    public record ContactEnrichResponse(String requestId, List<ContactResult> contacts, Billing billing) {
    }

    /** One requested row: {@code data} is absent when the contact has nothing to reveal. */
    public record ContactResult(String id, @JsonProperty("isSuccess") boolean isSuccess,
            @JsonInclude(JsonInclude.Include.NON_NULL) Contact data) {
    }

    /** {@code ContactEnrichData}: {@code jobTitle} a string, {@code seniority} a list of {@code {id, value}}. */
    public record Contact(String firstName, String lastName, String fullName, @JsonProperty("isShown") boolean isShown,
            String jobTitle, ContactLocation location, List<PersonWire.EmailAddress> emailAddresses,
            List<PersonWire.PhoneNumber> phoneNumbers, long companyId, String companyName,
            PersonWire.SocialLinks socialLinks, List<String> departments, List<Seniority> seniority,
            ContactCompany company) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactLocation(String city, String state, String country,
            @JsonProperty("country_iso2") String countryIso2, String continent) {
    }

    public record Seniority(int id, String value) {
    }

    /** What Lusha does not know of the company (revenue, funding, intent) is left out, as in its examples. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactCompany(List<Long> revenueRange, CompanyParts.Funding funding, CompanyParts.Intent intent,
            String mainIndustry, String subIndustry, List<CompanyParts.Technology> technologies) {
    }

    public record CompanyEnrichResponse(String requestId, List<Company> companies, Billing billing) {
    }

    /**
     * {@code CompanyEnrichData}: a flat headquarters, size as {@code {min, max, employees_in_linkedin}}; what Lusha
     * does not know is left out, as in its examples (its OpenAPI allows no null there).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Company(long id, String name, Size companySize, String employees, List<Long> revenueRange,
            String fqdn, String description, CompanyParts.Domains domains, String logoUrl, List<String> industryTags,
            String city, String state, String stateCode, String country, String countryIso2, String continent,
            String rawLocation, List<Double> coordinates, CompanyParts.Social social, List<String> specialities,
            String mainIndustry, String subIndustry, int linkedinFollowers, String emailDomain,
            List<Office> companyLocations, String companyType, int lushaPopularityTier, CompanyParts.Funding funding,
            CompanyParts.Intent intent, List<CompanyParts.Technology> technologies) {
    }

    public record Size(long min, long max, @JsonProperty("employees_in_linkedin") long employeesInLinkedin) {
    }

    /** A known office, in snake_case as Lusha lists them. */
    public record Office(String city, String state, @JsonProperty("state_code") String stateCode, String country,
            @JsonProperty("country_iso2") String countryIso2, String continent,
            @JsonProperty("location_coordinates") List<Double> locationCoordinates) {
    }
}
