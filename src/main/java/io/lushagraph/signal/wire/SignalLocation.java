package io.lushagraph.signal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A hiring location in company signal sub-filters: {@code country} is required by Lusha, {@code state} optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignalLocation(String country, String state) {
}
