package io.lushagraph.prospecting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.lushagraph.common.LocationInput;

/** What a contact must match: every criterion given, any value within a criterion. */
@Input("ContactCriteria")
@Description("Contact criteria: a contact matches when it meets every criterion given and, within a list, any value. "
        + "Values are Lusha's filter catalog values; an unknown value matches nothing.")
public class ContactCriteria {

    @Description("Department names, e.g. Engineering & Technical.")
    public List<@NonNull String> departments;

    @Description("Seniority ids, e.g. 5 (manager) or 6 (director).")
    public List<@NonNull Integer> seniorities;

    @Description("Data points the contact must have: phone, work_email, mobile_phone or direct_phone.")
    public List<@NonNull String> dataPoints;

    @Description("Countries by full name, e.g. United States; together with locations, any of them matches.")
    public List<@NonNull String> countries;

    @Description("Where the contact is based; together with countries, any of them matches.")
    public List<@NonNull LocationInput> locations;

    @Description("Job titles the contact's title contains (case-insensitive), e.g. VP Engineering.")
    public List<@NonNull String> jobTitles;

    @Description("Specific LinkedIn profile URLs.")
    public List<@NonNull String> linkedinUrls;

    @Description("Free text; every word must appear in the contact's name, title, departments, company or place.")
    public String searchText;

    @Description("A recent contact signal.")
    public SearchSignalsInput signals;
}
