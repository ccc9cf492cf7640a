package io.lushagraph.webhook.manage;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.store.StoreWork;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.SubscriptionOwners;
import io.smallrye.mutiny.Uni;

/**
 * Which webhook subscriptions each tenant owns, read and written off the event loop. Another tenant's subscription
 * is reported exactly like one that does not exist, before any call to Lusha.
 */
@ApplicationScoped
public class Ownership {

    private final SubscriptionOwners owners;

    public Ownership(SubscriptionOwners owners) {
        this.owners = owners;
    }

    /** Succeeds when the tenant owns the subscription; {@code NOT_FOUND} otherwise. */
    public Uni<Void> require(String tenant, String subscriptionId) {
        return blocking(() -> owners.owner(subscriptionId)).flatMap(owner -> owner.filter(tenant::equals).isPresent()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(notFound(subscriptionId)));
    }

    /** The recorded owner of each of these subscriptions that has one. */
    public Uni<Map<String, String>> owners(Collection<String> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return blocking(() -> {
            Map<String, String> found = new HashMap<>();
            for (String id : subscriptionIds) {
                owners.owner(id).ifPresent(tenant -> found.put(id, tenant));
            }
            return found;
        });
    }

    public Uni<Set<String>> ownedBy(String tenant) {
        return blocking(() -> owners.ownedBy(tenant));
    }

    public Uni<Void> record(Collection<String> subscriptionIds, String tenant) {
        return blocking(() -> {
            owners.recordAll(subscriptionIds, tenant);
            return null;
        }).replaceWithVoid();
    }

    public Uni<Void> forget(Collection<String> subscriptionIds) {
        return blocking(() -> {
            owners.forget(subscriptionIds);
            return null;
        }).replaceWithVoid();
    }

    static GatewayException notFound(String subscriptionId) {
        return GatewayException.of(ErrorCode.NOT_FOUND, "No webhook subscription '" + subscriptionId
                + "' belongs to this tenant");
    }

    private static <T> Uni<T> blocking(Callable<T> work) {
        return StoreWork.offEventLoop("Webhook subscription owners",
                "The gateway's store could not be reached; nothing was changed", work);
    }
}
