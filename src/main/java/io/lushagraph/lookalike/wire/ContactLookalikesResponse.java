package io.lushagraph.lookalike.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code POST /v3/lookalike/contacts}.
 *
 * @param dedupeSessionId send it back to get more without repeats; may be {@code null}
 * @param creditsCharged absent on some "get more" answers; read from {@code creditCharged} too
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactLookalikesResponse(
        String dedupeSessionId,
        List<LookalikeContact> results,
        LookalikeMeta meta,
        @JsonAlias("creditCharged") Integer creditsCharged) {

    public ContactLookalikesResponse {
        results = Objects.requireNonNullElse(results, List.of());
    }
}
