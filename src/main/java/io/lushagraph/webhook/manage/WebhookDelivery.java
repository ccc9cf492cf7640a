package io.lushagraph.webhook.manage;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.webhook.wire.AuditLogEntry;

/** One delivery attempt from Lusha's audit log. */
@Type("WebhookDelivery")
@Description("One delivery attempt of a webhook subscription, from Lusha's audit log.")
public record WebhookDelivery(
        @NonNull @Id @Description("The audit row's id.") String id,
        @NonNull @Id @Description("The subscription delivered to.") String subscriptionId,
        @Description("The delivered payload's id (the webhookId the receiver acknowledges).") String payloadId,
        @NonNull @Description("The attempt's outcome.") WebhookDeliveryStatus status,
        @Description("The receiver's HTTP status, when it answered.") Integer statusCode,
        @Description("Where it was delivered.") String url,
        @Description("When it was attempted.") Instant deliveredAt,
        @Description("How long the receiver took, in milliseconds.") Integer durationMs,
        @Description("Why it failed; null on success.") String error) {

    static WebhookDelivery of(AuditLogEntry wire) {
        return new WebhookDelivery(wire.id(), wire.subscriptionId(), wire.payloadId(),
                WebhookDeliveryStatus.ofWire(wire.status()), wire.statusCode(), wire.url(), wire.deliveredAt(),
                wire.durationMs() == null ? null : wire.durationMs().intValue(), wire.error());
    }
}
