package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A country of the contact countries catalog. */
@Type("Country")
@Description("A country a contact search can filter by.")
public record Country(
        @NonNull @Description("ISO 3166-1 alpha-2 code, e.g. US.") String code,
        @NonNull @Description("English name, the form location filters take, e.g. United States.") String name) {
}
