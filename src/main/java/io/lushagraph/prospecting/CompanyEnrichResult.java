package io.lushagraph.prospecting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;
import io.lushagraph.company.Company;

/** The enrichment of one company row. */
@Type("CompanyEnrichResult")
@Description("The enrichment of one company row: the company, nothing, or an error.")
public record CompanyEnrichResult(
        @NonNull @Id @Description("The row id that was asked for.") String companyId,
        @Description("The revealed company.") Company company,
        @Description("Why this row failed, e.g. INVALID_INPUT for an id from another search; null otherwise.") LookupError error) {
}
