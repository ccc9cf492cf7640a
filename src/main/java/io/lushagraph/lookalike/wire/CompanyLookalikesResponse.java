package io.lushagraph.lookalike.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Answer of {@code POST /v3/lookalike/companies}.
 *
 * @param dedupeSessionId send it back to get more without repeats
 * @param creditsCharged absent on some answers; read from {@code creditCharged} too
 */
public record CompanyLookalikesResponse(
        String dedupeSessionId,
        List<LookalikeCompany> results,
        LookalikeMeta meta,
        @JsonAlias("creditCharged") Integer creditsCharged) {

    public CompanyLookalikesResponse {
        results = Objects.requireNonNullElse(results, List.of());
    }
}
