package io.lushagraph.webhook.manage;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.SubscriptionOwners;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

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
        return Uni.createFrom().item(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new StoreFailure(e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(StoreFailure.class).transform(failure -> {
                    Log.warnf("Webhook subscription owners: %s", failure.getCause().getMessage());
                    return GatewayException.of(ErrorCode.STORE_UNAVAILABLE,
                            "The gateway's store could not be reached; nothing was changed");
                });
    }

    private static final class StoreFailure extends RuntimeException {
        StoreFailure(Exception cause) {
            super(cause);
        }
    }
}
