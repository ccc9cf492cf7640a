package io.lushagraph.webhook.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/subscriptions/opt-out}: the account's one opt-out subscription.
 *
 * @param entityType always {@code contact}
 * @param url where Lusha posts opt-out payloads, HTTPS in production
 * @param name at most 100 characters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateOptOutSubscriptionRequest(String entityType, String url, String name) {

    /** The only kind Lusha accepts: contact opt-outs to {@code url}. */
    public static CreateOptOutSubscriptionRequest contacts(String url, String name) {
        return new CreateOptOutSubscriptionRequest("contact", url, name);
    }
}
