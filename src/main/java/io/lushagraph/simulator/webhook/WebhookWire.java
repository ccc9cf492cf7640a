package io.lushagraph.simulator.webhook;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The JSON shapes of the simulated webhook API (Lusha's Webhooks operations), with fields in Lusha's order. */
@RegisterForReflection(targets = { WebhookWire.AuditEntry.class, WebhookWire.AuditStats.class, WebhookWire.BatchResponse.class,
        WebhookWire.Billing.class, WebhookWire.CreateRequest.class, WebhookWire.Datapoint.class, WebhookWire.Defaults.class,
        WebhookWire.DeleteRequest.class, WebhookWire.Deleted.class, WebhookWire.FlowCheck.class, WebhookWire.Item.class,
        WebhookWire.ItemError.class, WebhookWire.ItemResult.class, WebhookWire.OptOutPayload.class,
        WebhookWire.OptOutRequest.class, WebhookWire.Page.class, WebhookWire.Pagination.class, WebhookWire.Payload.class,
        WebhookWire.Secret.class, WebhookWire.Subscription.class, WebhookWire.TestPayload.class, WebhookWire.TestResult.class,
        WebhookWire.UpdateRequest.class, WebhookWire.Updated.class })
public final class WebhookWire {

    private WebhookWire() {
    }

    /**
     * {@code SubscriptionWithoutSecret}. A subscription without a name leaves {@code name} out, as Lusha's examples
     * do (its OpenAPI allows no null there); the block fields are null while it is active, as documented.
     */
    public record Subscription(String id, String entityType, String entityId, List<String> signalTypes, String url,
            @JsonInclude(JsonInclude.Include.NON_NULL) String name, boolean isActive, String blockReason, String blockedAt,
            String createdAt, String updatedAt) {
    }

    /** {@code SubscriptionResponse} of a PATCH: no block fields, the new secret only when it was regenerated. */
    public record Updated(String id, String entityType, String entityId, List<String> signalTypes, String url,
            @JsonInclude(JsonInclude.Include.NON_NULL) String name, boolean isActive, String createdAt, String updatedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
    }

    public record Defaults(String url, String entityType, List<String> signalTypes) {
    }

    public record Item(String entityId, String entityType, List<String> signalTypes, String name) {
    }

    public record CreateRequest(Defaults defaults, String name, List<Item> subscriptions) {
    }

    public record UpdateRequest(List<String> signalTypes, String url, String name, Boolean isActive,
            Boolean regenerateSecret) {
    }

    public record DeleteRequest(List<String> ids) {
    }

    public record OptOutRequest(String entityType, String url, String name) {
    }

    public record ItemError(String code, String message) {
    }

    /** One item of a bulk create or delete answer: the subscription or the error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, boolean success, Object subscription, ItemError error) {
    }

    public record BatchResponse(int total, int successful, int failed, List<ItemResult> results) {

        static BatchResponse of(List<ItemResult> results) {
            int successful = (int) results.stream().filter(ItemResult::success).count();
            return new BatchResponse(results.size(), successful, results.size() - successful, results);
        }
    }

    /** What a bulk delete reports of a deleted subscription; a subscription without a name leaves it out. */
    public record Deleted(String id, String entityType, String entityId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String name) {
    }

    public record Pagination(int total, int limit, int offset, boolean hasMore) {
    }

    public record Page<T>(List<T> data, Pagination pagination) {

        static <T> Page<T> of(List<T> all, int limit, int offset) {
            List<T> slice = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
            return new Page<>(slice, new Pagination(all.size(), limit, offset, offset + slice.size() < all.size()));
        }
    }

    public record Secret(String secret) {
    }

    /** {@code AuditLogEntry}: one delivery attempt. */
    public record AuditEntry(String id, String subscriptionId, String payloadId, String status, Integer statusCode,
            String url, String deliveredAt, Long durationMs, String error) {
    }

    public record AuditStats(int total, int success, int failed, String successRate) {
    }

    /** A test's check of the flow; {@code statusCode} is left out when the receiver never answered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlowCheck(boolean success, Integer statusCode, long durationMs) {
    }

    public record TestPayload(String entityType, String signalType, Object data) {
    }

    /**
     * {@code TestSubscriptionResponse}: what a test did not do or learn ({@code flowCheck} of a Kafka test, a
     * subscription name) is left out, as Lusha's examples do; its OpenAPI allows no null there.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TestResult(String subscriptionId, String subscriptionName, String url, String mode,
            FlowCheck flowCheck, TestPayload testPayload, boolean isSuccess, String timestamp) {
    }

    public record Billing(int creditsCharged) {
    }

    /** {@code WebhookPayload}: a signal delivered to a subscription (Lusha's webhook delivery). */
    public record Payload(String id, String type, String entityType, String entityId, String subscriptionId,
            Object data, String timestamp, Billing billing) {
    }

    public record Datapoint(String datapointId, String datapointType) {
    }

    /** {@code OptOutWebhookPayload} (delivered after createOptOutSubscription). */
    public record OptOutPayload(String contactId, String fullName, String companyName, String jobTitle,
            String linkedinUrl, String contactOptOutDate, String contactExposureDate, List<Datapoint> datapoints,
            String partnerClientId) {
    }
}
