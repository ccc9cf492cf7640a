package io.lushagraph.lookalike.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Answer of {@code POST /api/recommendations/contacts}: similar contacts and the {@code requestId} to page on.
 *
 * @param creditsCharged read from {@code creditCharged} too
 */
public record ContactRecommendationsResponse(
        List<RecommendedContact> contacts,
        String requestId,
        Integer count,
        @JsonAlias("creditCharged") Integer creditsCharged) {

    public ContactRecommendationsResponse {
        contacts = Objects.requireNonNullElse(contacts, List.of());
    }

    /** One recommended contact. */
    public record RecommendedContact(String personId, String companyId, String name, String jobTitle,
            String companyName) {
    }
}
