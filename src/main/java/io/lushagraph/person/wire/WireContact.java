package io.lushagraph.person.wire;

import java.util.List;

/** Lusha's {@code Contact}: a person as the person endpoints return it. */
public record WireContact(String personId, String companyId, String firstName, String lastName, String fullName,
        List<WireEmail> emailAddresses, List<WirePhone> phoneNumbers, WireLocation location, WireJobTitle jobTitle,
        WireSocialLinks socialLinks, String jobStartDate, String updateDate, EmbeddedCompany company) {
}
