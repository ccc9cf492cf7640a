package io.lushagraph.webhook.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code POST /api/subscriptions/delete}: 1 to 25 subscription ids.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteSubscriptionsRequest(List<String> ids) {
}
