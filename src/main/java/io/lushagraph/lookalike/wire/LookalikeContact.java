package io.lushagraph.lookalike.wire;

import java.util.List;
import java.util.Objects;

/**
 * One contact similar to the seeds.
 *
 * @param contactId Lusha person id
 */
public record LookalikeContact(
        String contactId,
        String firstName,
        String lastName,
        SocialLinks socialLinks,
        Company company,
        JobTitle jobTitle,
        LookalikeLocation location) {

    /** The contact's profiles. */
    public record SocialLinks(String linkedin) {
    }

    /** The contact's company; {@code companyId} is a Lusha company id. */
    public record Company(String companyId, String name, String domain) {
    }

    /** The contact's role. */
    public record JobTitle(String title, List<String> departments, String seniority) {

        public JobTitle {
            departments = Objects.requireNonNullElse(departments, List.of());
        }
    }
}
