package io.lushagraph.lookalike.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code POST /api/recommendations/contacts}: similar contacts and the {@code requestId} to page on.
 *
 * @param creditsCharged read from {@code creditCharged} too
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactRecommendationsResponse(
        List<RecommendedContact> contacts,
        String requestId,
        Integer count,
        @JsonAlias("creditCharged") Integer creditsCharged) {

    public ContactRecommendationsResponse {
        contacts = Objects.requireNonNullElse(contacts, List.of());
    }

    /** One recommended contact. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecommendedContact(String personId, String companyId, String name, String jobTitle,
            String companyName) {
    }
}
