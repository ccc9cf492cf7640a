package io.lushagraph.signal.wire;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/signals/contacts}: signals for up to 100 Lusha person ids.
 *
 * @param contactIds Lusha person ids
 * @param signals {@code allSignals}, {@code promotion}, {@code companyChange}
 * @param startDate look-back start; Lusha defaults to six months ago
 * @param maxResultsPerSignal cap on items per signal type per contact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSignalsByIdRequest(List<Long> contactIds, List<String> signals, LocalDate startDate,
        Integer maxResultsPerSignal) {
}
