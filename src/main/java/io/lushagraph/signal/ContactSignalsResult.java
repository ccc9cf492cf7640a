package io.lushagraph.signal;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;

/** The answer to one lookup of {@code contactSignals}. */
@Type("ContactSignalsResult")
@Description("The signals of one person of a contactSignals list: the person Lusha matched and their signals, "
        + "no person (not found), or an error.")
public record ContactSignalsResult(
        @Id @Description("Lusha's id of the person the lookup matched; null when Lusha matched nobody or the "
                + "lookup failed.") String personId,
        @NonNull @Description("The person's signals, newest first; empty when there are none.") List<@NonNull Signal> signals,
        @Description("Why this lookup failed; null when it succeeded or matched nobody.") LookupError error) {
}
