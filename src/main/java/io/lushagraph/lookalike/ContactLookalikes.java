package io.lushagraph.lookalike;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of contacts like the seeds, and the requestId that continues it. */
@Type("ContactLookalikes")
@Description("One page of contacts like the seeds. Ask again with requestId for more; no contact repeats.")
public record ContactLookalikes(
        @NonNull @Id @Description("Pass it as requestId, with the same seeds, to get the next contacts.") String requestId,
        @NonNull @Description("Contacts like the seeds, most alike first; never a seed.") List<@NonNull ContactLookalike> results,
        @NonNull @Description("True when the page is full, so asking again may return more. Lusha does not say whether "
                + "more exist, so a full page can be followed by an empty one.") Boolean hasMore) {
}
