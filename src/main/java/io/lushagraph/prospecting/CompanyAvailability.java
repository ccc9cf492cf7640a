package io.lushagraph.prospecting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Which facts Lusha has about a company found by a search. */
@Type("CompanyAvailability")
@Description("Which facts Lusha has about a company found by a search.")
public record CompanyAvailability(
        @NonNull @Description("An employee count.") Boolean employeesCount,
        @NonNull @Description("A revenue range.") Boolean revenue,
        @NonNull @Description("A main industry.") Boolean mainIndustry,
        @NonNull @Description("A sub-industry.") Boolean subIndustry,
        @NonNull @Description("Funding history.") Boolean funding,
        @NonNull @Description("Buyer intent topics.") Boolean intent,
        @NonNull @Description("Technologies used.") Boolean technologies,
        @NonNull @Description("The headquarters city.") Boolean city,
        @NonNull @Description("The headquarters country.") Boolean country) {
}
