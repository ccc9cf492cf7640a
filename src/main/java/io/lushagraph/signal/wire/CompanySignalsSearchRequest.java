package io.lushagraph.signal.wire;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/signals/companies/search}: signals for up to 100 companies identified by name or domain;
 * the answer is keyed by each company's {@code id}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySignalsSearchRequest(List<CompanyIdentity> companies, List<String> signals,
        LocalDate startDate, Integer maxResultsPerSignal, CompanySignalFilters filters) {

    /** One company: the caller's correlation key and at least one of name and domain. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompanyIdentity(String id, String name, String domain) {
    }
}
