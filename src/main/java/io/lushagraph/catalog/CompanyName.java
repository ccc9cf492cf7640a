package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A company found by the company names search. */
@Type("CompanyName")
@Description("A company whose name matches a company names search.")
public record CompanyName(
        @NonNull @Id @Description("Lusha company id.") String id,
        @NonNull @Description("Company name.") String name,
        @Description("Primary domain, e.g. acme.com.") String domain,
        @Description("Logo image URL.") String logoUrl) {
}
