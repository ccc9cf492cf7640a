package io.lushagraph.webhook.manage;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of the calling tenant's webhook subscriptions. */
@Type("WebhookSubscriptionPage")
@Description("One page of the calling tenant's webhook subscriptions, newest first.")
public record WebhookSubscriptionPage(
        @NonNull @Description("The subscriptions on this page.") List<@NonNull WebhookSubscription> items,
        @NonNull @Description("How many subscriptions the tenant has in all.") int total) {
}
