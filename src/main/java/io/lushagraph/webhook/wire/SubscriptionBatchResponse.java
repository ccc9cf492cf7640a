package io.lushagraph.webhook.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of bulk create ({@code POST /api/subscriptions}) and bulk delete ({@code POST /api/subscriptions/delete}):
 * counts and one result per requested item, each succeeding or failing on its own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionBatchResponse(Integer total, Integer successful, Integer failed, List<Result> results) {

    public SubscriptionBatchResponse {
        results = Objects.requireNonNullElse(results, List.of());
    }

    /**
     * The outcome for one item.
     *
     * @param index position of the item in the request
     * @param subscription the created or deleted subscription, when {@code success}
     * @param error why the item failed, when not {@code success}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(Integer index, Boolean success, Subscription subscription, ItemError error) {
    }

    /**
     * A per-item failure.
     *
     * @param code e.g. {@code DUPLICATE_SUBSCRIPTION}, {@code NOT_FOUND}, {@code URL_VALIDATION_FAILED}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemError(String code, String message) {
    }
}
