package io.lushagraph.company.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** Body of {@code POST /bulk/company/v2}: up to 100 companies, each keyed by the caller's {@code id}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkCompanyRequest(List<CompanyQuery> companies, List<String> signals, String signalsStartDate,
        JsonNode signalsFilters, Boolean partialCompany) {

    public static BulkCompanyRequest of(List<CompanyQuery> companies) {
        return new BulkCompanyRequest(companies, null, null, null, null);
    }
}
