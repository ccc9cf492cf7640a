package io.lushagraph.catalog.wire;

/**
 * An industry classification code of the SIC or NAICS filter.
 *
 * @param code the code as text, e.g. {@code "1011"}
 * @param label what it classifies, e.g. {@code "Iron ores"}
 */
public record CodeOption(String code, String label) {
}
