package io.lushagraph.cost;

/**
 * What one GraphQL operation would cost, counted before it runs.
 *
 * @param points one per field, multiplied by the sizes of the lists it sits in
 * @param credits the Lusha credits its lookups could spend at most
 * @param depth the deepest field nesting
 * @param aliases fields given an alias
 * @param rootFields fields at the top of the operation
 * @param contactData selections of a person's emails or phones
 */
public record QueryCost(long points, long credits, int depth, long aliases, long rootFields, long contactData) {

    /** Points and credits together: what is compared with a tenant's {@code max-query-cost}. */
    public long total() {
        return QueryCostCalculator.Saturating.add(points, credits);
    }
}
