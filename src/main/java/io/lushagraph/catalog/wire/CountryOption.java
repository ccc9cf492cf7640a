package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A country of the {@code all_countries} filter.
 *
 * @param name full name, the form location filters take
 * @param code ISO 3166-1 alpha-2 code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CountryOption(String name, String code) {
}
