package io.lushagraph.catalog.wire;

/**
 * A country of the {@code all_countries} filter.
 *
 * @param name full name, the form location filters take
 * @param code ISO 3166-1 alpha-2 code
 */
public record CountryOption(String name, String code) {
}
