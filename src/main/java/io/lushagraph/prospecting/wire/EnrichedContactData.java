package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A contact revealed by prospecting enrich. Unlike the person endpoints, {@code jobTitle} is a string here and
 * {@code seniority} a list of {@code {id, value}}.
 *
 * @param companyId Lusha company id (a number on the wire)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedContactData(
        String firstName,
        String lastName,
        String fullName,
        Boolean isShown,
        String jobTitle,
        List<String> departments,
        List<Seniority> seniority,
        Location location,
        List<EmailAddress> emailAddresses,
        List<PhoneNumber> phoneNumbers,
        String companyId,
        String companyName,
        SocialLinks socialLinks,
        Company company,
        Long linkedinFollowersCount,
        Long linkedinConnectionsCount,
        List<LinkedinCertification> linkedinCertifications,
        List<LinkedinCourse> linkedinCourses,
        List<LinkedinAward> linkedinAwards,
        List<String> linkedinSkills) {

    public EnrichedContactData {
        departments = Objects.requireNonNullElse(departments, List.of());
        seniority = Objects.requireNonNullElse(seniority, List.of());
        emailAddresses = Objects.requireNonNullElse(emailAddresses, List.of());
        phoneNumbers = Objects.requireNonNullElse(phoneNumbers, List.of());
        linkedinCertifications = Objects.requireNonNullElse(linkedinCertifications, List.of());
        linkedinCourses = Objects.requireNonNullElse(linkedinCourses, List.of());
        linkedinAwards = Objects.requireNonNullElse(linkedinAwards, List.of());
        linkedinSkills = Objects.requireNonNullElse(linkedinSkills, List.of());
    }

    /** A seniority level: its id (as in the seniority filter) and label. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Seniority(Integer id, String value) {
    }

    /**
     * Where the contact is.
     *
     * @param countryIso2 sent as {@code country_iso2}; {@code countryIso2} is read too
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(
            String city,
            String state,
            String country,
            @JsonProperty("country_iso2") @JsonAlias("countryIso2") String countryIso2,
            String continent) {
    }

    /** The contact's profiles. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SocialLinks(String linkedin, String xUrl) {
    }

    /**
     * The few company facts prospecting enrich returns with a contact.
     *
     * @param technologies names, read from strings or {@code {name}} objects
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Company(
            List<Long> revenueRange,
            String mainIndustry,
            String subIndustry,
            Funding funding,
            Intent intent,
            @JsonDeserialize(using = NameListDeserializer.class) List<String> technologies) {

        public Company {
            revenueRange = Objects.requireNonNullElse(revenueRange, List.of());
            technologies = Objects.requireNonNullElse(technologies, List.of());
        }
    }
}
