package io.lushagraph.webhook.wire;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answer of {@code POST /api/subscriptions/{id}/test}: whether a free mock delivery reached the URL.
 *
 * @param mode {@code direct}, {@code kafka} or {@code full}
 * @param flowCheck the HTTP check, when the mode made one
 * @param testPayload what was sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionTestResult(
        String subscriptionId,
        String subscriptionName,
        String url,
        String mode,
        FlowCheck flowCheck,
        TestPayload testPayload,
        Boolean isSuccess,
        Instant timestamp) {

    /** The receiver's answer to the test delivery. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlowCheck(Boolean success, Integer statusCode, Long durationMs) {
    }

    /** The mock signal delivered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TestPayload(String entityType, String signalType, JsonNode data) {
    }
}
