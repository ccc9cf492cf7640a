package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An industry classification code of the SIC or NAICS filter.
 *
 * @param code the code as text, e.g. {@code "1011"}
 * @param label what it classifies, e.g. {@code "Iron ores"}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CodeOption(String code, String label) {
}
