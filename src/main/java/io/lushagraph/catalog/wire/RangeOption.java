package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A bucket of the company sizes (employees) or revenues (USD) filter.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RangeOption(Long min, Long max) {
}
