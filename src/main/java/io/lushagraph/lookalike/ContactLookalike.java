package io.lushagraph.lookalike;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A contact Lusha finds like the seeds: similar role, seniority and company. */
@Type("ContactLookalike")
@Description("A contact Lusha finds like the seeds (similar role, seniority and company). Its person id works in "
        + "person(lookup: { id }) to reveal emails and phones.")
public record ContactLookalike(
        @NonNull @Id @Description("Lusha's person id.") String id,
        @Description("Full name as Lusha gives it.") String name,
        @Description("First name: the full name up to its first space.") String firstName,
        @Description("Last name: the full name after its first space.") String lastName,
        @Description("Current job title, e.g. VP of Sales.") String jobTitle,
        @Description("The contact's current company.") Employer company) {

    /** The contact's company as the recommendation names it. */
    @Type("ContactLookalikeCompany")
    @Description("The company of a contact lookalike: its id works in company(lookup: { id }).")
    public record Employer(
            @NonNull @Id @Description("Lusha's company id.") String id,
            @Description("Company name.") String name) {
    }
}
