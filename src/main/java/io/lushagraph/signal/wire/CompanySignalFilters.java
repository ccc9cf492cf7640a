package io.lushagraph.signal.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Sub-filters that narrow company news and hiring signals, sent as {@code filters} (signal endpoints) or
 * {@code signalsFilters} (bulk company enrichment). Values within one list are OR-ed and matched case-insensitively.
 *
 * @param include the only filter group Lusha defines
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySignalFilters(Include include) {

    /** The values to keep: news event types, hiring departments and hiring locations. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Include(List<String> newsEventTypes, List<String> hiringByDepartments,
            List<SignalLocation> hiringByLocations) {
    }
}
