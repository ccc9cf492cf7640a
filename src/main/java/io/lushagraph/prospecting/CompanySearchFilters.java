package io.lushagraph.prospecting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The filters of a company search, or of the companies of a contact search. */
@Input("CompanySearchFilters")
@Description("Company filters: the criteria here must all match and any criterion in exclude removes a company.")
public class CompanySearchFilters extends CompanyCriteria {

    @Description("Companies matching any of these criteria are left out.")
    public CompanyCriteria exclude;

    @Description("Leave out partial company profiles.")
    public Boolean excludePartialCompanies;
}
