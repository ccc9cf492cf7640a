package io.lushagraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** An inclusive numeric range such as an employee count or a revenue band. */
@Type("Range")
@Description("An inclusive numeric range, such as an employee count or a revenue band in USD.")
public record Range(
        @Description("Lower bound, inclusive.") Double min,
        @Description("Upper bound, inclusive; null when open-ended.") Double max) {

    /** A range from Lusha's {@code [min, max]} array, or null when it has fewer than one bound. */
    public static Range ofList(java.util.List<Long> bounds) {
        if (bounds == null || bounds.isEmpty()) {
            return null;
        }
        Double min = bounds.get(0) == null ? null : bounds.get(0).doubleValue();
        Double max = bounds.size() < 2 || bounds.get(1) == null ? null : bounds.get(1).doubleValue();
        return new Range(min, max);
    }
}
