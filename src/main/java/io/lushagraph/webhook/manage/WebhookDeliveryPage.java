package io.lushagraph.webhook.manage;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of delivery attempts. */
@Type("WebhookDeliveryPage")
@Description("One page of a subscription's delivery attempts, newest first.")
public record WebhookDeliveryPage(
        @NonNull @Description("The attempts on this page.") List<@NonNull WebhookDelivery> items,
        @NonNull @Description("How many attempts match in all.") int total,
        @NonNull @Description("True when later pages hold more.") boolean hasMore) {
}
