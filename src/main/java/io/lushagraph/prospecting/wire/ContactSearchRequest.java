package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /prospecting/contact/search}.
 *
 * @param includePartialContact include partial profiles; Lusha defaults to true
 * @param excludeDnc drop contacts whose phones are all Do-Not-Call; Scale plan only (403 otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSearchRequest(Pages pages, Filters filters, Boolean includePartialContact,
        Boolean excludeDnc) {

    /** Contact and company criteria. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Filters(FilterGroup<ContactFilters> contacts, FilterGroup<CompanyFilters> companies) {
    }
}
