package io.lushagraph.webhook;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.catalog.EntityType;
import io.lushagraph.optout.OptOuts;
import io.lushagraph.signal.DeliveredSignals;
import io.lushagraph.webhook.events.SignalEvent;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.lushagraph.webhook.wire.OptOutWebhookPayload;
import io.lushagraph.webhook.wire.WebhookPayload;
import io.quarkus.logging.Log;

/**
 * Does what a stored delivery asks: a signal goes to the live subscribers of each tenant that owns its subscription
 * and asked for its type, an opt-out is enforced by {@link OptOuts}. Any failure is thrown, for the worker to retry.
 */
@ApplicationScoped
public class DeliveryProcessor {

    private final ObjectMapper json;
    private final SubscriptionOwners owners;
    private final WebhookEventBus bus;
    private final OptOuts optOuts;
    private final Inbox inbox;

    public DeliveryProcessor(ObjectMapper json, SubscriptionOwners owners, WebhookEventBus bus, OptOuts optOuts,
            Inbox inbox) {
        this.json = json;
        this.owners = owners;
        this.bus = bus;
        this.optOuts = optOuts;
        this.inbox = inbox;
    }

    /**
     * Does what one row asks. Failures found at once (an unreadable payload, an unreachable store) are thrown; the
     * stage completes once the event has been handed on to this replica's subscribers and taken by Redis for the
     * others (or Redis could not take it). The caller marks the row done after that, with {@link #markDone}.
     */
    public CompletionStage<Void> process(Inbox.Row row) {
        try {
            if (Delivery.OPT_OUT.equals(row.kind())) {
                return optOuts.apply(row.key(), json.readValue(row.payload(), OptOutWebhookPayload.class));
            }
            return signal(row.key(), json.readValue(row.payload(), WebhookPayload.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored delivery " + row.key() + " is not readable", e);
        }
    }

    /** Marks a processed row done; an opt-out's payload (emails and phones) is dropped with it. */
    public void markDone(Inbox.Row row) {
        try {
            if (Delivery.OPT_OUT.equals(row.kind())) {
                inbox.finishDroppingPayload(row.key(), System.currentTimeMillis());
            } else {
                inbox.finish(row.key(), Inbox.DONE, System.currentTimeMillis());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stored delivery " + row.key() + " could not be marked done", e);
        }
    }

    // A subscription shared by tenants reaches each owner that asked for the signal's type, each under its own key.
    private CompletionStage<Void> signal(String key, WebhookPayload payload) {
        List<SubscriptionOwners.Owner> owners = this.owners.owners(payload.subscriptionId());
        if (owners.isEmpty()) {
            Log.warnf("Signal delivery %s for subscription %s has no owning tenant; not published", payload.id(),
                    payload.subscriptionId());
            return CompletableFuture.completedFuture(null);
        }
        EntityType entityType = "company".equals(payload.entityType()) ? EntityType.COMPANY : EntityType.CONTACT;
        SignalEvent event = new SignalEvent(payload.id(), payload.type(), entityType, payload.entityId(),
                payload.subscriptionId(), payload.timestamp().toString(),
                DeliveredSignals.of(json, payload.type(), payload.entityType(), payload.data()).orElse(null));
        CompletableFuture<?>[] published = owners.stream().filter(owner -> owner.wants(payload.type()))
                .map(owner -> bus.publishSignal(key + "@" + owner.tenant(), owner.tenant(), event)
                        .toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(published);
    }
}
