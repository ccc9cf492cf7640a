package io.lushagraph.lookalike.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code POST /v3/lookalike/companies}.
 *
 * @param dedupeSessionId send it back to get more without repeats
 * @param creditsCharged absent on some answers; read from {@code creditCharged} too
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyLookalikesResponse(
        String dedupeSessionId,
        List<LookalikeCompany> results,
        LookalikeMeta meta,
        @JsonAlias("creditCharged") Integer creditsCharged) {

    public CompanyLookalikesResponse {
        results = Objects.requireNonNullElse(results, List.of());
    }
}
