package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A contact location filter, as returned by the contact locations filter endpoint; countries are full names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactLocationFilter(
        String continent,
        String country,
        String state,
        String city,
        @JsonProperty("country_grouping") String countryGrouping) {
}
