package io.lushagraph.webhook.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code GET /api/subscriptions}: one page of subscriptions, newest first.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionPage(List<Subscription> data, Pagination pagination) {

    public SubscriptionPage {
        data = Objects.requireNonNullElse(data, List.of());
    }
}
