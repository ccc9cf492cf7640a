package io.lushagraph.lookalike.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /v3/lookalike/contacts}.
 *
 * @param dedupeSessionId absent on the first call; the returned one on "get more" calls, so nothing repeats
 * @param limit results wanted, 1 to 100; Lusha defaults to 25
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactLookalikesRequest(String dedupeSessionId, ContactIdentifiers seeds, ContactIdentifiers exclude,
        Integer limit) {
}
