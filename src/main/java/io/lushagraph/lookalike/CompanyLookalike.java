package io.lushagraph.lookalike;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.Location;

/** A company Lusha finds like the seeds: similar industry, size and place. */
@Type("CompanyLookalike")
@Description("A company Lusha finds like the seeds (similar industry, size and place). Its domain works in "
        + "company(lookup: { domain }) for the full profile.")
public record CompanyLookalike(
        @NonNull @Description("Company name.") String name,
        @Description("Primary web domain, e.g. acme.com.") String domain,
        @Description("LinkedIn company page URL.") String linkedinUrl,
        @Description("Number of employees.") Integer employeeCount,
        @Description("Main industry, e.g. Hospitality.") String industry,
        @Description("Headquarters: country, state and city.") Location location) {
}
