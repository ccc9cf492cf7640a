package io.lushagraph.catalog.wire;

/**
 * A bucket of the company sizes (employees) or revenues (USD) filter.
 */
public record RangeOption(Long min, Long max) {
}
