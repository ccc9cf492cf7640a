package io.lushagraph.signal.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The signal types Lusha offers for one entity kind ({@code GET /api/signals/filters/{objectType}}), with the values
 * its company sub-filters accept.
 *
 * @param signals signal type names, e.g. {@code promotion} or {@code surgeInHiring}
 * @param objectType {@code contact} or {@code company}
 * @param filterOptions sub-filter values; present for {@code company} only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignalOptions(List<String> signals, String objectType, FilterOptions filterOptions) {

    public SignalOptions {
        signals = Objects.requireNonNullElse(signals, List.of());
    }

    /** The values Lusha accepts in {@code filters.include} of a company signal request. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FilterOptions(List<String> newsEventTypes, List<String> hiringByDepartments,
            List<SignalLocation> hiringByLocations) {

        public FilterOptions {
            newsEventTypes = Objects.requireNonNullElse(newsEventTypes, List.of());
            hiringByDepartments = Objects.requireNonNullElse(hiringByDepartments, List.of());
            hiringByLocations = Objects.requireNonNullElse(hiringByLocations, List.of());
        }
    }
}
