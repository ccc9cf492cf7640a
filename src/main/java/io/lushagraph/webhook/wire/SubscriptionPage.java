package io.lushagraph.webhook.wire;

import java.util.List;
import java.util.Objects;

/**
 * Answer of {@code GET /api/subscriptions}: one page of subscriptions, newest first.
 */
public record SubscriptionPage(List<Subscription> data, Pagination pagination) {

    public SubscriptionPage {
        data = Objects.requireNonNullElse(data, List.of());
    }
}
