package io.lushagraph.prospecting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A company found by a search, before enrichment. */
@Type("ProspectCompany")
@Description("A company found by a search, before enrichment.")
public record ProspectCompany(
        @NonNull @Id @Description("Lusha's company id; enrichable only with the search's requestId.") String id,
        @Description("Company name.") String name,
        @Description("Primary web domain, e.g. acme.com.") String domain,
        @Description("Short description.") String description,
        @Description("Logo image URL.") String logoUrl,
        @NonNull @Description("Which facts an enrichment would reveal.") CompanyAvailability available,
        @NonNull @Description("Signal types detected for the company, e.g. surgeInHiring.") List<@NonNull String> signalTypes) {
}
