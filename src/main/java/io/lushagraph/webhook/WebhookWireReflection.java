package io.lushagraph.webhook;

import io.lushagraph.webhook.wire.AccountSecret;
import io.lushagraph.webhook.wire.AuditLogEntry;
import io.lushagraph.webhook.wire.AuditLogPage;
import io.lushagraph.webhook.wire.AuditLogStats;
import io.lushagraph.webhook.wire.CreateOptOutSubscriptionRequest;
import io.lushagraph.webhook.wire.CreateSubscriptionsRequest;
import io.lushagraph.webhook.wire.DeleteSubscriptionsRequest;
import io.lushagraph.webhook.wire.DeliveryStatus;
import io.lushagraph.webhook.wire.OptOutWebhookPayload;
import io.lushagraph.webhook.wire.Pagination;
import io.lushagraph.webhook.wire.Subscription;
import io.lushagraph.webhook.wire.SubscriptionBatchResponse;
import io.lushagraph.webhook.wire.SubscriptionPage;
import io.lushagraph.webhook.wire.SubscriptionTestResult;
import io.lushagraph.webhook.wire.TestMode;
import io.lushagraph.webhook.wire.UpdateSubscriptionRequest;
import io.lushagraph.webhook.wire.WebhookPayload;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers the webhook wire types (management calls and delivered payloads) for Jackson in the native image,
 * including those read from stored deliveries, which no REST signature names.
 */
@RegisterForReflection(targets = {
        AccountSecret.class,
        AuditLogEntry.class,
        AuditLogPage.class,
        AuditLogStats.class,
        CreateOptOutSubscriptionRequest.class,
        CreateSubscriptionsRequest.class,
        CreateSubscriptionsRequest.Defaults.class,
        CreateSubscriptionsRequest.Item.class,
        DeleteSubscriptionsRequest.class,
        DeliveryStatus.class,
        OptOutWebhookPayload.class,
        OptOutWebhookPayload.Datapoint.class,
        Pagination.class,
        Subscription.class,
        SubscriptionBatchResponse.class,
        SubscriptionBatchResponse.ItemError.class,
        SubscriptionBatchResponse.Result.class,
        SubscriptionPage.class,
        SubscriptionTestResult.class,
        SubscriptionTestResult.FlowCheck.class,
        SubscriptionTestResult.TestPayload.class,
        TestMode.class,
        UpdateSubscriptionRequest.class,
        WebhookPayload.class,
        WebhookPayload.Billing.class })
final class WebhookWireReflection {

    private WebhookWireReflection() {
    }
}
