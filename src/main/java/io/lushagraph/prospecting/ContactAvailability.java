package io.lushagraph.prospecting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Which data points Lusha has for a contact found by a search. */
@Type("ContactAvailability")
@Description("Which data points Lusha has for a contact found by a search.")
public record ContactAvailability(
        @NonNull @Description("At least one email address.") Boolean emails,
        @NonNull @Description("A work email address.") Boolean workEmail,
        @NonNull @Description("A private email address.") Boolean privateEmail,
        @NonNull @Description("At least one phone number.") Boolean phones,
        @NonNull @Description("A mobile phone number.") Boolean mobilePhone,
        @NonNull @Description("A direct phone number.") Boolean directPhone,
        @NonNull @Description("A department.") Boolean department,
        @NonNull @Description("A seniority.") Boolean seniority,
        @NonNull @Description("Where the contact is based.") Boolean location,
        @NonNull @Description("A social profile link.") Boolean socialLink) {
}
