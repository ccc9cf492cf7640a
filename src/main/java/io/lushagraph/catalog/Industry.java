package io.lushagraph.catalog;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A main industry of the industries catalog with its sub-industries. */
@Type("Industry")
@Description("A main industry a company search can filter by, with its sub-industries.")
public record Industry(
        @NonNull @Id @Description("Lusha's main industry id, for mainIndustriesIds.") String id,
        @NonNull @Description("The main industry's name, e.g. Technology, Information & Media.") String value,
        @NonNull @Description("Its sub-industries; their ids are for subIndustriesIds.") List<@NonNull FilterOption> subIndustries) {
}
