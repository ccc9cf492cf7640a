package io.lushagraph.webhook.events;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.catalog.EntityType;
import io.lushagraph.signal.Signal;

/** A signal Lusha delivered to one of the tenant's webhook subscriptions. */
@Type("SignalEvent")
@Description("A signal Lusha delivered through one of the tenant's webhook subscriptions.")
public record SignalEvent(
        @NonNull @Id @Description("The delivery's id (Lusha's webhookId); unique, so a replay can be recognised.") String id,
        @NonNull @Description("The signal type, in Lusha's spelling, e.g. promotion or surgeInHiring.") String type,
        @NonNull @Description("Whether the signal is about a contact or a company.") EntityType entityType,
        @NonNull @Description("Lusha's id of the contact or company.") String entityId,
        @NonNull @Description("The webhook subscription that delivered it.") String subscriptionId,
        @NonNull @Description("When Lusha sent it (ISO-8601).") String timestamp,
        @Description("The signal's values, typed where the payload is known; null for an unknown signal type.") Signal signal) {
}
