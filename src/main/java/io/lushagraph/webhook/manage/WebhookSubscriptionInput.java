package io.lushagraph.webhook.manage;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.lushagraph.catalog.EntityType;

/** One webhook subscription to create. */
@Input("WebhookSubscriptionInput")
@Description("One webhook subscription to create: a contact or company to watch, the signals wanted and where Lusha "
        + "delivers them.")
public class WebhookSubscriptionInput {

    @NonNull
    @Description("Watch a contact or a company.")
    public EntityType entityType;

    @NonNull
    @Description("The Lusha person or company id to watch, at most 255 characters.")
    public String entityId;

    @Description("Signal types to deliver, in Lusha's spelling (promotion, surgeInHiring) or the enums' "
            + "(SURGE_IN_HIRING); allSignals when left out.")
    public List<@NonNull String> signalTypes;

    @Description("Where Lusha delivers, at most 2048 characters; this gateway's receiver when left out, so that "
            + "events reach the tenant's signalEvents subscriptions.")
    public String url;

    @Description("A name for the subscription, at most 100 characters.")
    public String name;

    public WebhookSubscriptionInput() {
    }

    public WebhookSubscriptionInput(EntityType entityType, String entityId, List<String> signalTypes, String url,
            String name) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.signalTypes = signalTypes;
        this.url = url;
        this.name = name;
    }
}
