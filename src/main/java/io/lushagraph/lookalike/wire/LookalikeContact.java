package io.lushagraph.lookalike.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One contact similar to the seeds.
 *
 * @param contactId Lusha person id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LookalikeContact(
        String contactId,
        String firstName,
        String lastName,
        SocialLinks socialLinks,
        Company company,
        JobTitle jobTitle,
        LookalikeLocation location) {

    /** The contact's profiles. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SocialLinks(String linkedin) {
    }

    /** The contact's company; {@code companyId} is a Lusha company id. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Company(String companyId, String name, String domain) {
    }

    /** The contact's role. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record JobTitle(String title, List<String> departments, String seniority) {

        public JobTitle {
            departments = Objects.requireNonNullElse(departments, List.of());
        }
    }
}
