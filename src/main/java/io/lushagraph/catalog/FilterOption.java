package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One value of a filter catalog; for a catalog of bare names the id is the name. */
@Type("FilterOption")
@Description("One value of a filter catalog. For a catalog of bare names (departments, data points, intent topics, "
        + "technologies) the id is the name itself.")
public record FilterOption(
        @NonNull @Id @Description("What to send in a search filter, e.g. 10 for the seniority founder.") String id,
        @NonNull @Description("The value as Lusha names it, e.g. founder.") String value) {

    /** An option whose id is its name. */
    static FilterOption named(String name) {
        return new FilterOption(name, name);
    }
}
