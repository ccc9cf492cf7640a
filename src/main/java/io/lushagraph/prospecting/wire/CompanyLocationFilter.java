package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A company location filter, for HQ {@code locations} and site-level {@code companyLocations}; countries are full
 * names and {@code companyLocations} requires {@code country}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyLocationFilter(String country, String state, String city) {
}
