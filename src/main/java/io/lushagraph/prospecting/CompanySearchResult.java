package io.lushagraph.prospecting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of a company search. */
@Type("CompanySearchResult")
@Description("One page of a company search. Pass requestId and row ids to enrichCompanies to reveal companies.")
public record CompanySearchResult(
        @NonNull @Id @Description("Lusha's id of this search; row ids are valid for enrichment only with it.") String requestId,
        @NonNull @Description("Companies matching the filters, on all pages.") Integer totalResults,
        @NonNull @Description("This page's number, from 0.") Integer page,
        @NonNull @Description("Rows per page asked for.") Integer size,
        @NonNull @Description("This page's companies, in brief.") List<@NonNull ProspectCompany> companies) {
}
