package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A location matched by the company locations filter.
 *
 * @param countryGrouping region code such as {@code na}, sent by Lusha as {@code country_grouping}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyLocationOption(
        String country,
        String continent,
        @JsonProperty("country_grouping") String countryGrouping) {
}
