package io.lushagraph.lookalike;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of companies like the seeds, and the dedupe session that continues it. */
@Type("CompanyLookalikes")
@Description("One page of companies like the seeds. Ask again with dedupeSessionId for more; no company repeats "
        + "within a session.")
public record CompanyLookalikes(
        @NonNull @Id @Description("Pass it as dedupeSessionId to get more companies none of which were returned in "
                + "this session. Lusha forgets a session 30 days after its last use.") String dedupeSessionId,
        @NonNull @Description("Companies like the seeds, most alike first; never a seed.") List<@NonNull CompanyLookalike> results,
        @NonNull @Description("Whether asking again with dedupeSessionId would return more.") Boolean hasMore) {
}
