package io.lushagraph.webhook.manage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;

/** The outcome of creating one webhook subscription. */
@Type("WebhookSubscriptionResult")
@Description("The outcome of creating one webhook subscription: the subscription, or why it was not created.")
public record WebhookSubscriptionResult(
        @Description("The subscription created; null when it failed.") WebhookSubscription subscription,
        @Description("Why it was not created; null when it was.") LookupError error) {

    static WebhookSubscriptionResult created(WebhookSubscription subscription) {
        return new WebhookSubscriptionResult(subscription, null);
    }

    static WebhookSubscriptionResult failed(LookupError error) {
        return new WebhookSubscriptionResult(null, error);
    }
}
