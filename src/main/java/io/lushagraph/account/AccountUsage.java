package io.lushagraph.account;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The Lusha account's credit pools. */
@Type("AccountUsage")
@Description("The Lusha account's credit usage, per credit pool.")
public record AccountUsage(
        @NonNull @Description("Credit pools, e.g. bulkCredits.") List<@NonNull CreditPool> pools) {

    /** One credit pool. */
    @Type("CreditPool")
    @Description("One of the account's credit pools.")
    public record CreditPool(
            @NonNull @Description("Lusha's name for the pool, e.g. bulkCredits.") String name,
            @NonNull @Description("Credits used.") Double used,
            @NonNull @Description("Credits in the pool.") Double total,
            @NonNull @Description("Credits left.") Double remaining) {
    }
}
