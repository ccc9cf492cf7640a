package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /prospecting/company/search}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanySearchRequest(Pages pages, Filters filters) {

    /** Company criteria. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filters(FilterGroup<CompanyFilters> companies) {
    }
}
