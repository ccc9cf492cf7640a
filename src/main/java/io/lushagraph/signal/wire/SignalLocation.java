package io.lushagraph.signal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A hiring location in company signal sub-filters: {@code country} is required by Lusha, {@code state} optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignalLocation(String country, String state) {
}
