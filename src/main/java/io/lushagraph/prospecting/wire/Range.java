package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An inclusive numeric range ({@code {min, max}}) for company sizes, revenues (USD) and LinkedIn employee counts;
 * either bound may be absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Range(Long min, Long max) {
}
