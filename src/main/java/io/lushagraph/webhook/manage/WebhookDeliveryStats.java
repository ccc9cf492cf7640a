package io.lushagraph.webhook.manage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Delivery attempt counts, from Lusha's audit log, and the deliveries this gateway quarantined. */
@Type("WebhookDeliveryStats")
@Description("Delivery attempt counts of one subscription, or of all the calling tenant's subscriptions.")
public record WebhookDeliveryStats(
        @NonNull @Description("Attempts in all.") int total,
        @NonNull @Description("Attempts the receiver acknowledged.") int success,
        @NonNull @Description("Attempts that failed.") int failed,
        @Description("success / total, from 0 to 1; null when there were none.") Double successRate,
        @Description("Deliveries this gateway acknowledged but quarantined instead of processing, because they "
                + "could never be processed (Lusha counts them as successes); kept for the retention period. Null "
                + "when the gateway's store cannot be read.") Integer quarantined) {

    static WebhookDeliveryStats of(int total, int success, int failed) {
        return new WebhookDeliveryStats(total, success, failed, total == 0 ? null : (double) success / total, 0);
    }

    WebhookDeliveryStats plus(WebhookDeliveryStats other) {
        return of(total + other.total, success + other.success, failed + other.failed);
    }

    WebhookDeliveryStats withQuarantined(Integer count) {
        return new WebhookDeliveryStats(total, success, failed, successRate, count);
    }
}
