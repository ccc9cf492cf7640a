package io.lushagraph.company;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.Location;
import io.lushagraph.common.Range;

/** A company as Lusha describes it. */
@Type("Company")
@Description("A company as Lusha describes it.")
public record Company(
        @NonNull @Id @Description("Lusha's company id.") String id,
        @Description("Company name.") String name,
        @Description("Primary web domain, e.g. acme.com.") String domain,
        @Description("Short description.") String description,
        @Description("Website URL.") String website,
        @Description("Logo image URL.") String logoUrl,
        @Description("LinkedIn company page URL.") String linkedinUrl,
        @Description("Main industry, e.g. Technology, Information & Media.") String industry,
        @Description("Sub-industry, e.g. Software Development.") String subIndustry,
        @Description("Employee count range.") Range size,
        @Description("Yearly revenue range in USD.") Range revenue,
        @Description("Headquarters.") Location location,
        @NonNull @Description("Technologies the company uses.") List<@NonNull String> technologies,
        @NonNull @Description("What the company says it specialises in.") List<@NonNull String> specialities,
        @Description("When the company was founded, as Lusha writes it.") String founded) {
}
