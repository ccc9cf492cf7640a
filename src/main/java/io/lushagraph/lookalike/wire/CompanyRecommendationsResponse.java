package io.lushagraph.lookalike.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code POST /api/recommendations/companies}: similar companies and the {@code requestId} to page on.
 *
 * @param creditsCharged read from {@code creditCharged} too
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyRecommendationsResponse(
        List<RecommendedCompany> companies,
        String requestId,
        Integer count,
        @JsonAlias("creditCharged") Integer creditsCharged) {

    public CompanyRecommendationsResponse {
        companies = Objects.requireNonNullElse(companies, List.of());
    }

    /** One recommended company. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecommendedCompany(String companyId, String name, String fqdn, String description) {
    }
}
