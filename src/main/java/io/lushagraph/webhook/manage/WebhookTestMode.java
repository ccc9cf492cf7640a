package io.lushagraph.webhook.manage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.lushagraph.webhook.wire.TestMode;

/** How far a test delivery goes. */
@Enum("WebhookTestMode")
@Description("How far a test delivery goes.")
public enum WebhookTestMode {
    @Description("An HTTP check of the URL only.")
    DIRECT(TestMode.DIRECT),
    @Description("Lusha's fan-out handler only.")
    KAFKA(TestMode.KAFKA),
    @Description("The whole pipeline, end to end (Lusha's default).")
    FULL(TestMode.FULL);

    private final TestMode wire;

    WebhookTestMode(TestMode wire) {
        this.wire = wire;
    }

    TestMode wire() {
        return wire;
    }
}
