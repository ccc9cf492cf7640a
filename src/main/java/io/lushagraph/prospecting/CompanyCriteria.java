package io.lushagraph.prospecting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.lushagraph.common.LocationInput;
import io.lushagraph.common.RangeInput;

/** What a company must match: every criterion given, any value within a criterion. */
@Input("CompanyCriteria")
@Description("Company criteria: a company matches when it meets every criterion given and, within a list, any value. "
        + "Values are Lusha's filter catalog values; an unknown value matches nothing.")
public class CompanyCriteria {

    @Description("Company names.")
    public List<@NonNull String> names;

    @Description("Company domains, e.g. acme.com.")
    public List<@NonNull String> domains;

    @Description("Headquarters countries by full name; together with locations, any of them matches.")
    public List<@NonNull String> countries;

    @Description("Headquarters locations, each a country alone (Lusha filters headquarters by country; for a state use "
            + "officeLocations); together with countries, any of them matches.")
    public List<@NonNull LocationInput> locations;

    @Description("Any office location (country required, state optional).")
    public List<@NonNull LocationInput> officeLocations;

    @Description("Main industry ids, e.g. 17 (Technology, Information & Media).")
    public List<@NonNull Integer> industries;

    @Description("Sub-industry ids, e.g. 129 (Software Development).")
    public List<@NonNull Integer> subIndustries;

    @Description("Employee count ranges; a company matches when its size range overlaps one.")
    public List<@NonNull RangeInput> sizes;

    @Description("Yearly revenue ranges in USD; a company matches when its revenue range overlaps one.")
    public List<@NonNull RangeInput> revenues;

    @Description("Employees listed on LinkedIn, inclusive.")
    public RangeInput employeesOnLinkedin;

    @Description("Technologies the company uses, e.g. Salesforce.")
    public List<@NonNull String> technologies;

    @Description("Buyer intent topics, e.g. Digital Sales.")
    public List<@NonNull String> intentTopics;

    @Description("SIC codes; a code matches the codes it is a prefix of.")
    public List<@NonNull String> sics;

    @Description("NAICS codes; a code matches the codes it is a prefix of.")
    public List<@NonNull String> naics;

    @Description("Free text; every word must appear in the company's name, domain, description, industry or place.")
    public String searchText;

    @Description("A recent company signal.")
    public SearchSignalsInput signals;
}
