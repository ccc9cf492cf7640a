package io.lushagraph.webhook.manage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Delivery attempt counts. */
@Type("WebhookDeliveryStats")
@Description("Delivery attempt counts of one subscription, or of all the calling tenant's subscriptions.")
public record WebhookDeliveryStats(
        @NonNull @Description("Attempts in all.") int total,
        @NonNull @Description("Attempts the receiver acknowledged.") int success,
        @NonNull @Description("Attempts that failed.") int failed,
        @Description("success / total, from 0 to 1; null when there were none.") Double successRate) {

    static WebhookDeliveryStats of(int total, int success, int failed) {
        return new WebhookDeliveryStats(total, success, failed, total == 0 ? null : (double) success / total);
    }

    WebhookDeliveryStats plus(WebhookDeliveryStats other) {
        return of(total + other.total, success + other.success, failed + other.failed);
    }
}
