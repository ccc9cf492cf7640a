package io.lushagraph.simulator.enrich;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The JSON shapes of the person endpoints (searchSingleContact, searchMultipleContacts). */
@RegisterForReflection(targets = { PersonWire.BulkContactResponse.class, PersonWire.Contact.class,
        PersonWire.ContactError.class, PersonWire.ContactLocation.class, PersonWire.ContactResult.class,
        PersonWire.EmailAddress.class, PersonWire.JobTitle.class, PersonWire.PhoneNumber.class,
        PersonWire.SingleContactResponse.class, PersonWire.SocialLinks.class })
public final class PersonWire {

    private PersonWire() {
    }

    /** {@code GET /v2/person}. */
    public record SingleContactResponse(ContactResult contact) {
    }

    /** {@code POST /v2/person}: results keyed by the caller's {@code contactId}, companies by Lusha company id. */
    public record BulkContactResponse(Map<String, ContactResult> contacts,
            Map<String, CompanyParts.CompanyResponse> companies) {
    }

    /** One contact's outcome: an error or data, and whether it cost a credit. */
    public record ContactResult(ContactError error, @JsonProperty("isCreditCharged") boolean isCreditCharged,
            @JsonInclude(JsonInclude.Include.NON_NULL) Contact data) {

        static final ContactResult EMPTY = new ContactResult(ContactError.EMPTY_DATA, false, null);
    }

    /** A per-contact error inside a 200 answer. */
    public record ContactError(int code, String name, String message) {

        static final ContactError EMPTY_DATA = new ContactError(3, "EMPTY_DATA", "Could not find requested data");
    }

    /**
     * Lusha's {@code Contact}; {@code company} is embedded only in {@code GET /v2/person}, {@code signals} only when
     * the request asked for signals.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(long personId, long companyId, String firstName, String lastName, String fullName,
            List<Object> contactTags, List<String> emails, List<EmailAddress> emailAddresses, List<String> phones,
            List<PhoneNumber> phoneNumbers, ContactLocation location, JobTitle jobTitle, SocialLinks socialLinks,
            String jobStartDate, String updateDate, CompanyParts.CompanyResponse company,
            Map<String, List<?>> signals) {

        /** The contact with the signals asked for inline, by type. */
        Contact withSignals(Map<String, List<?>> bySignalType) {
            return new Contact(personId, companyId, firstName, lastName, fullName, contactTags, emails,
                    emailAddresses, phones, phoneNumbers, location, jobTitle, socialLinks, jobStartDate, updateDate,
                    company, bySignalType);
        }
    }

    public record EmailAddress(String email, String emailType, String emailConfidence, String updateDate) {
    }

    public record PhoneNumber(String number, String phoneType, boolean doNotCall, String updateDate) {
    }

    /** A contact's location, in the snake_case Lusha's bulk answers and clients use. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactLocation(String country, @JsonProperty("country_iso2") String countryIso2, String continent,
            String state, @JsonProperty("state_code") String stateCode, String city,
            @JsonProperty("is_eu_contact") boolean isEuContact,
            @JsonProperty("location_coordinates") List<Double> locationCoordinates) {
    }

    public record JobTitle(String title, List<String> departments, String seniority) {
    }

    public record SocialLinks(String linkedin) {
    }
}
