package io.lushagraph.lookalike.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A known contact for the legacy contact recommendations: Lusha person id and company id, both required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSeed(String personId, String companyId) {
}
