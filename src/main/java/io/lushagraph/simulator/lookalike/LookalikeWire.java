package io.lushagraph.simulator.lookalike;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answers of the lookalike and recommendation endpoints (getContactLookalikes, getCompanyLookalikes,
 * getContactRecommendations), with Lusha's field names.
 */
@RegisterForReflection(targets = { LookalikeWire.Company.class, LookalikeWire.CompanyLookalikes.class,
        LookalikeWire.CompanyRecommendations.class, LookalikeWire.Contact.class, LookalikeWire.ContactCompany.class,
        LookalikeWire.ContactLookalikes.class, LookalikeWire.ContactRecommendations.class,
        LookalikeWire.DedupeSessionInvalid.class, LookalikeWire.JobTitle.class, LookalikeWire.LegacyError.Detail.class,
        LookalikeWire.LegacyError.class, LookalikeWire.Location.class, LookalikeWire.Meta.class,
        LookalikeWire.RecommendedCompany.class, LookalikeWire.RecommendedContact.class, LookalikeWire.SocialLinks.class })
public final class LookalikeWire {

    private LookalikeWire() {
    }

    /** {@code ContactLookalikesResponse}. */
    public record ContactLookalikes(String dedupeSessionId, List<Contact> results, Meta meta, int creditsCharged) {
    }

    /** {@code LookalikeContactResult}. */
    public record Contact(String contactId, String firstName, String lastName, SocialLinks socialLinks,
            ContactCompany company, JobTitle jobTitle, Location location) {
    }

    public record SocialLinks(String linkedin) {
    }

    public record ContactCompany(String companyId, String name, String domain) {
    }

    public record JobTitle(String title, List<String> departments, String seniority) {
    }

    /** {@code CompanyLookalikesResponse}. */
    public record CompanyLookalikes(String dedupeSessionId, List<Company> results, Meta meta, int creditsCharged) {
    }

    /** {@code LookalikeCompanyResult}; {@code industry} is the main industry. */
    public record Company(String domain, String linkedinUrl, String name, Long employeeCount, String industry,
            Location location) {
    }

    public record Location(String country, String state, String city) {
    }

    public record Meta(int returned, boolean hasMore) {
    }

    /** The answer of {@code POST /api/recommendations/contacts}. */
    public record ContactRecommendations(List<RecommendedContact> contacts, String requestId, int count,
            int creditsCharged) {
    }

    public record RecommendedContact(String personId, String companyId, String name, String jobTitle,
            String companyName) {
    }

    /** The answer of {@code POST /api/recommendations/companies}. */
    public record CompanyRecommendations(List<RecommendedCompany> companies, String requestId, int count,
            int creditsCharged) {
    }

    public record RecommendedCompany(String companyId, String name, String fqdn, String description) {
    }

    /** The 410 of {@code /v3/lookalike/contacts}: {@code {code, message}}. */
    public record DedupeSessionInvalid(String code, String message) {
    }

    /** The recommendation endpoints' error shape: {@code {error: {code, message}}}. */
    public record LegacyError(Detail error) {

        public record Detail(int code, String message) {
        }
    }
}
