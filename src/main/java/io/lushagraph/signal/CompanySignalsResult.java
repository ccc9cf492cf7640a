package io.lushagraph.signal;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;

/** The answer to one lookup of {@code companySignals}. */
@Type("CompanySignalsResult")
@Description("The signals of one company of a companySignals list: the company Lusha matched and its signals, "
        + "no company (not found), or an error.")
public record CompanySignalsResult(
        @Id @Description("Lusha's id of the company the lookup matched; null when Lusha matched none or the "
                + "lookup failed.") String companyId,
        @NonNull @Description("The company's signals, newest first; empty when there are none.") List<@NonNull Signal> signals,
        @Description("Why this lookup failed; null when it succeeded or matched none.") LookupError error) {
}
