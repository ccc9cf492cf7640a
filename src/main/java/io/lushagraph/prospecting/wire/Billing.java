package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code billing} object some prospecting answers carry (not in Lusha's schema, read by Lusha's own clients).
 *
 * @param creditsCharged credits this call cost
 * @param resultsReturned rows returned
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Billing(Integer creditsCharged, Integer resultsReturned) {
}
