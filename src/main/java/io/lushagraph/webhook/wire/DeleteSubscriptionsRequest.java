package io.lushagraph.webhook.wire;

import java.util.List;

/**
 * Body of {@code POST /api/subscriptions/delete}: 1 to 25 subscription ids.
 */
public record DeleteSubscriptionsRequest(List<String> ids) {
}
