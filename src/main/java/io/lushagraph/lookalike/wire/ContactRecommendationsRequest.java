package io.lushagraph.lookalike.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/recommendations/contacts} (legacy contact lookalikes).
 *
 * @param requestId the previous answer's {@code requestId}, to get the next batch; absent on the first call
 * @param contacts seed contacts
 * @param exclude contacts not to return
 * @param limit results wanted, at most 25
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactRecommendationsRequest(String requestId, List<ContactSeed> contacts, List<ContactSeed> exclude,
        Integer limit) {
}
