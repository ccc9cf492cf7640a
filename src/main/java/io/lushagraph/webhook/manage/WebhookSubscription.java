package io.lushagraph.webhook.manage;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.catalog.EntityType;
import io.lushagraph.webhook.SubscriptionOwners;
import io.lushagraph.webhook.wire.Subscription;

/** A Lusha webhook subscription owned by the calling tenant. */
@Type("WebhookSubscription")
@Description("A Lusha webhook subscription the calling tenant created: what it watches and where Lusha delivers.")
public record WebhookSubscription(
        @NonNull @Id @Description("Lusha's id of the subscription.") String id,
        @NonNull @Description("Whether it watches a contact or a company; the opt-out subscription watches contacts.") EntityType entityType,
        @NonNull @Description("The Lusha person or company id watched; for the opt-out subscription, the account.") String entityId,
        @NonNull @Description("Signal types delivered, in Lusha's spelling (promotion, allSignals); [optOut] for the "
                + "opt-out subscription.") List<@NonNull String> signalTypes,
        @NonNull @Description("Where Lusha delivers.") String url,
        @Description("The subscription's name.") String name,
        @NonNull @Name("isActive") @Description("False once Lusha disabled it after failed deliveries, or when it was paused.") boolean isActive,
        @Description("Why Lusha disabled it, e.g. Max retries exceeded; null while active.") String blockReason,
        @Description("When Lusha disabled it; null while active.") Instant blockedAt,
        @Description("When it was created.") Instant createdAt,
        @Description("When it last changed.") Instant updatedAt,
        @NonNull @Description("True for the account's opt-out subscription.") boolean optOut) {

    private static final String OPT_OUT_TYPE = "optOut";

    /**
     * A tenant's view of Lusha's subscription: when the tenant shares it with others, the signal types and name are
     * the tenant's own (Lusha's subscription holds every owner's types; each owner receives only its own).
     */
    public static WebhookSubscription of(Subscription wire, SubscriptionOwners.Owner owner) {
        WebhookSubscription lusha = of(wire);
        if (owner == null || !owner.viewStored()) {
            return lusha;
        }
        return new WebhookSubscription(lusha.id(), lusha.entityType(), lusha.entityId(), owner.signalTypes(),
                lusha.url(), owner.name(), lusha.isActive(), lusha.blockReason(), lusha.blockedAt(),
                lusha.createdAt(), lusha.updatedAt(), lusha.optOut());
    }

    /** The GraphQL view of Lusha's subscription. */
    public static WebhookSubscription of(Subscription wire) {
        EntityType entityType = "company".equals(wire.entityType()) ? EntityType.COMPANY : EntityType.CONTACT;
        return new WebhookSubscription(wire.id(), entityType, wire.entityId(), wire.signalTypes(), wire.url(),
                wire.name(), !Boolean.FALSE.equals(wire.isActive()), wire.blockReason(), wire.blockedAt(),
                wire.createdAt(), wire.updatedAt(), wire.signalTypes().contains(OPT_OUT_TYPE));
    }
}
