package io.lushagraph.webhook.manage;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.webhook.wire.SubscriptionTestResult;

/** Whether Lusha's free test delivery reached a subscription's URL. */
@Type("WebhookTestResult")
@Description("Whether Lusha's free test delivery (mock data, no credits) reached the subscription's URL.")
public record WebhookTestResult(
        @NonNull @Id @Description("The subscription tested.") String subscriptionId,
        @NonNull @Description("The URL tested.") String url,
        @NonNull @Description("How far the test went: direct, kafka or full.") String mode,
        @NonNull @Description("True when the receiver acknowledged the test delivery.") boolean success,
        @Description("The receiver's HTTP status, when the test made an HTTP call.") Integer statusCode,
        @Description("How long the receiver took, in milliseconds.") Integer durationMs,
        @Description("The signal type of the mock delivery.") String signalType,
        @Description("When Lusha ran the test.") Instant timestamp) {

    static WebhookTestResult of(SubscriptionTestResult wire) {
        SubscriptionTestResult.FlowCheck flow = wire.flowCheck();
        return new WebhookTestResult(wire.subscriptionId(), wire.url(), wire.mode(),
                Boolean.TRUE.equals(wire.isSuccess()), flow == null ? null : flow.statusCode(),
                flow == null || flow.durationMs() == null ? null : flow.durationMs().intValue(),
                wire.testPayload() == null ? null : wire.testPayload().signalType(), wire.timestamp());
    }
}
