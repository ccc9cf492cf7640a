package io.lushagraph.webhook.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code PATCH /api/subscriptions/{id}}; absent fields stay as they are.
 *
 * @param isActive {@code true} re-enables a disabled subscription and clears its block
 * @param regenerateSecret rotates the account-wide secret; the answer then carries the new one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateSubscriptionRequest(List<String> signalTypes, String url, String name, Boolean isActive,
        Boolean regenerateSecret) {
}
