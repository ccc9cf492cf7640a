package io.lushagraph.lookalike.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Contacts named by any mix of identifiers, as seeds or exclusions of contact lookalikes; each list holds at most
 * 100 and at least one must be present.
 *
 * @param contactIds Lusha person ids
 * @param contacts people named by first and last name, with a company domain or name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactIdentifiers(List<String> linkedinUrls, List<String> emails, List<Long> contactIds,
        List<NamedContact> contacts) {

    /** A person by name; {@code firstName} and {@code lastName} are required. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NamedContact(String firstName, String lastName, String companyDomain, String companyName) {
    }

    /** How many identifiers these are, over all lists. */
    public int count() {
        return size(linkedinUrls) + size(emails) + size(contactIds) + size(contacts);
    }

    private static int size(List<?> items) {
        return items == null ? 0 : items.size();
    }
}
