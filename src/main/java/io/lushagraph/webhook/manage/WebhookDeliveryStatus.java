package io.lushagraph.webhook.manage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.lushagraph.webhook.wire.DeliveryStatus;

/** The outcome of one delivery attempt. */
@Enum("WebhookDeliveryStatus")
@Description("The outcome of one webhook delivery attempt.")
public enum WebhookDeliveryStatus {
    @Description("The receiver acknowledged it.")
    SUCCESS(DeliveryStatus.SUCCESS),
    @Description("It failed and will be retried.")
    FAILED(DeliveryStatus.FAILED),
    @Description("It failed for good; Lusha gave up.")
    PERMANENT_FAILURE(DeliveryStatus.PERMANENT_FAILURE);

    private final DeliveryStatus wire;

    WebhookDeliveryStatus(DeliveryStatus wire) {
        this.wire = wire;
    }

    DeliveryStatus wire() {
        return wire;
    }

    static WebhookDeliveryStatus ofWire(String status) {
        for (WebhookDeliveryStatus s : values()) {
            if (s.wire.toString().equals(status)) {
                return s;
            }
        }
        return FAILED;
    }
}
