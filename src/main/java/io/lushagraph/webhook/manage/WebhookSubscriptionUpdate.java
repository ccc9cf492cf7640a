package io.lushagraph.webhook.manage;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Changes to a webhook subscription; what is left out stays as it is. */
@Input("WebhookSubscriptionUpdate")
@Description("Changes to a webhook subscription; fields left out stay as they are.")
public class WebhookSubscriptionUpdate {

    @Description("New signal types, in Lusha's spelling or the enums'.")
    public List<@NonNull String> signalTypes;

    @Description("New delivery URL, at most 2048 characters; Lusha checks it with a challenge first.")
    public String url;

    @Description("New name, at most 100 characters.")
    public String name;

    @Description("true re-enables a subscription Lusha disabled (clearing its block); false pauses it.")
    public Boolean isActive;

    public WebhookSubscriptionUpdate() {
    }

    public WebhookSubscriptionUpdate(List<String> signalTypes, String url, String name, Boolean isActive) {
        this.signalTypes = signalTypes;
        this.url = url;
        this.name = name;
        this.isActive = isActive;
    }
}
