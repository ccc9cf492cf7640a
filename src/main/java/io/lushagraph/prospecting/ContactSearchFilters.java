package io.lushagraph.prospecting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The filters of a contact search: contact criteria to include and exclude, and the contacts' companies. */
@Input("ContactSearchFilters")
@Description("Filters of a contact search: the contact criteria here must all match, any criterion in exclude "
        + "removes a contact, and company filters the contacts' current companies.")
public class ContactSearchFilters extends ContactCriteria {

    @Description("Contacts matching any of these criteria are left out.")
    public ContactCriteria exclude;

    @Description("What the contacts' current companies must match.")
    public CompanySearchFilters company;
}
