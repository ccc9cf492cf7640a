package io.lushagraph.webhook.manage;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.store.StoreWork;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.SubscriptionOwners;
import io.lushagraph.webhook.SubscriptionOwners.Owner;
import io.smallrye.mutiny.Uni;

/**
 * Which webhook subscriptions each tenant owns, read and written off the event loop. A subscription the tenant does
 * not own is reported exactly like one that does not exist, before any call to Lusha.
 */
@ApplicationScoped
public class Ownership {

    private final SubscriptionOwners owners;

    public Ownership(SubscriptionOwners owners) {
        this.owners = owners;
    }

    /** The tenant's ownership of the subscription; {@code NOT_FOUND} when it has none. */
    public Uni<Owner> require(String tenant, String subscriptionId) {
        return blocking(() -> owners.owners(subscriptionId)).flatMap(all -> all.stream()
                .filter(o -> o.tenant().equals(tenant)).findFirst()
                .map(o -> Uni.createFrom().item(o))
                .orElseGet(() -> Uni.createFrom().failure(notFound(subscriptionId))));
    }

    /** Every owner of each of these subscriptions that has any. */
    public Uni<Map<String, List<Owner>>> owners(Collection<String> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return blocking(() -> {
            Map<String, List<Owner>> found = new HashMap<>();
            for (String id : subscriptionIds) {
                List<Owner> of = owners.owners(id);
                if (!of.isEmpty()) {
                    found.put(id, of);
                }
            }
            return found;
        });
    }

    public Uni<Map<String, Owner>> ownedBy(String tenant) {
        return blocking(() -> owners.ownedBy(tenant));
    }

    public Uni<Void> record(Collection<String> subscriptionIds, String tenant) {
        return blocking(() -> {
            owners.recordAll(subscriptionIds, tenant);
            return null;
        }).replaceWithVoid();
    }

    public Uni<Void> join(String subscriptionId, Owner joiner, List<String> lushaTypes, String lushaName) {
        return blocking(() -> {
            owners.join(subscriptionId, joiner, lushaTypes, lushaName);
            return null;
        }).replaceWithVoid();
    }

    public Uni<Void> updateView(String subscriptionId, String tenant, List<String> signalTypes, String name) {
        return blocking(() -> {
            owners.updateView(subscriptionId, tenant, signalTypes, name);
            return null;
        }).replaceWithVoid();
    }

    /**
     * Removes the tenant from the owners of each subscription that others own too (see
     * {@link SubscriptionOwners#leaveUnlessLast}); returns those it left. The rest have it as their last owner.
     */
    public Uni<Set<String>> leaveShared(Collection<String> subscriptionIds, String tenant) {
        return blocking(() -> {
            Set<String> left = new HashSet<>();
            for (String id : subscriptionIds) {
                if (owners.leaveUnlessLast(id, tenant)) {
                    left.add(id);
                }
            }
            return left;
        });
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
