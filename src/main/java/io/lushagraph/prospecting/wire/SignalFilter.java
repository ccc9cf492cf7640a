package io.lushagraph.prospecting.wire;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The premium {@code signal} filter of a prospecting search: keep rows with one of these signal types since
 * {@code startDate}. Lusha charges per signal type that returns results.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignalFilter(List<String> names, LocalDate startDate) {
}
