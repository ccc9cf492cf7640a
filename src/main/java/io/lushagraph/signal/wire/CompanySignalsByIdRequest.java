package io.lushagraph.signal.wire;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/signals/companies}: signals for up to 100 Lusha company ids.
 *
 * @param companyIds Lusha company ids
 * @param signals company signal type names, e.g. {@code surgeInHiring}, {@code riskNews}, {@code allSignals}
 * @param startDate look-back start; Lusha defaults to six months ago
 * @param maxResultsPerSignal cap on items per signal type per company
 * @param filters news and hiring sub-filters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySignalsByIdRequest(List<Long> companyIds, List<String> signals, LocalDate startDate,
        Integer maxResultsPerSignal, CompanySignalFilters filters) {
}
