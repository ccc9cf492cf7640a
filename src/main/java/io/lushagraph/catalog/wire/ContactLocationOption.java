package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A location matched by the contact locations filter; used verbatim in {@code filters.contacts.include.locations}.
 *
 * @param countryGrouping region code such as {@code na}, sent by Lusha as {@code country_grouping}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactLocationOption(
        String continent,
        String country,
        String state,
        String city,
        @JsonProperty("country_grouping") String countryGrouping) {
}
