package io.lushagraph.webhook.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/subscriptions}: up to 25 subscriptions sharing defaults; each item's own fields override
 * them.
 *
 * @param defaults the URL (required) and default entity type and signal types
 * @param name a name for the subscriptions, at most 100 characters
 * @param subscriptions 1 to 25 items
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateSubscriptionsRequest(Defaults defaults, String name, List<Item> subscriptions) {

    /** Values every item inherits. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Defaults(String url, String entityType, List<String> signalTypes) {
    }

    /**
     * One subscription to create.
     *
     * @param entityId the Lusha person or company id to watch (required)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String entityId, String entityType, List<String> signalTypes, String name) {
    }
}
