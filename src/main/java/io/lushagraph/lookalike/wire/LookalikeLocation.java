package io.lushagraph.lookalike.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a lookalike contact or company is; every part may be {@code null}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LookalikeLocation(String country, String state, String city) {
}
