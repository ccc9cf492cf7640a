package io.lushagraph.webhook.wire;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A signal delivery Lusha posts to a subscription's URL.
 *
 * @param id delivery id (UUID), echoed as {@code webhookId} in the acknowledgement
 * @param type the signal type, e.g. {@code promotion} or {@code commercialActivityNews}
 * @param entityType {@code contact} or {@code company}
 * @param data the signal item: a contact signal or a company signal item, by {@code entityType}
 * @param billing credits charged for this delivery
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookPayload(
        String id,
        String type,
        String entityType,
        String entityId,
        String subscriptionId,
        JsonNode data,
        Instant timestamp,
        Billing billing) {

    /** What a delivery cost; retries and test deliveries are free. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Billing(Integer creditsCharged) {
    }
}
