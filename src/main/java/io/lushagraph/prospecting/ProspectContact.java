package io.lushagraph.prospecting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A contact found by a search, before enrichment: who, where, and what an enrichment would reveal. */
@Type("ProspectContact")
@Description("A contact found by a search, before enrichment: who, where, and what an enrichment would reveal.")
public record ProspectContact(
        @NonNull @Id @Description("Row id, valid only with the search's requestId.") String id,
        @Description("Full name.") String name,
        @Description("Current job title.") String jobTitle,
        @Id @Description("Lusha's id of the current company.") String companyId,
        @Description("Current company's name.") String companyName,
        @Description("Current company's domain, e.g. acme.com.") String companyDomain,
        @Description("Current company's description.") String companyDescription,
        @Description("Current company's logo URL.") String companyLogoUrl,
        @NonNull @Description("True when someone on the Lusha account already revealed this contact.") Boolean alreadyRevealed,
        @NonNull @Description("Which contact data points an enrichment would reveal.") ContactAvailability available,
        @NonNull @Description("Which facts Lusha has about the contact's company.") CompanyAvailability companyAvailable,
        @NonNull @Description("Signal types detected for the contact, e.g. promotion.") List<@NonNull String> signalTypes) {
}
