package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An industry classification code (SIC or NAICS) and what it classifies. */
@Type("CodeLabel")
@Description("An industry classification code (SIC or NAICS) and what it classifies.")
public record CodeLabel(
        @NonNull @Description("The code, e.g. 7372 or 541511.") String code,
        @NonNull @Description("What the code classifies, e.g. Prepackaged software.") String label) {
}
