package io.lushagraph.webhook.events;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.lushagraph.cluster.RedisLink;
import io.lushagraph.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Hands processed webhook events to live GraphQL subscribers: signal events to the tenant that owns the subscription,
 * opt-out events to every tenant. Subscribers that connect later do not see earlier events. With Redis configured,
 * whichever replica processed an event also sends it over a Redis channel to the others, which hand it to their own
 * subscribers; without Redis, or while it is down, events reach this replica's subscribers only.
 * <p>
 * Each event is handed on once per replica. A replica that stops between handing an event on and marking its
 * delivery done leaves the delivery to be processed again once its lease runs out (by this replica or another); the
 * replicas remember the deliveries whose events they handed on for several leases, and skip the repeat.
 */
@ApplicationScoped
public class WebhookEventBus {

    private static final String CHANNEL = "webhook-events";
    private static final Duration MIN_REMEMBERED = Duration.ofMinutes(15);

    private final BroadcastProcessor<Routed> signals = BroadcastProcessor.create();
    private final BroadcastProcessor<OptOutEvent> optOuts = BroadcastProcessor.create();
    private final String replica = UUID.randomUUID().toString();
    private final RedisLink redis;
    private final ObjectMapper json;
    private final Cache<String, Boolean> handedOn;

    public WebhookEventBus(RedisLink redis, ObjectMapper json, GatewayConfig config) {
        this.redis = redis;
        this.json = json;
        Duration remembered = config.webhooks().lease().multipliedBy(3);
        this.handedOn = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(remembered.compareTo(MIN_REMEMBERED) < 0 ? MIN_REMEMBERED : remembered).build();
    }

    void listen(@Observes StartupEvent start) {
        redis.subscribe(CHANNEL, this::received);
    }

    /**
     * Publishes a signal event to the subscribers of the tenant that owns its subscription, on every replica; each
     * replica hands it on unless it has already handed on the delivery {@code key} names. Completes (never
     * exceptionally) once Redis has taken the event for the other replicas, or could not.
     */
    public CompletionStage<Void> publishSignal(String key, String tenant, SignalEvent event) {
        if (firstTime(key)) {
            deliverSignal(tenant, event);
        }
        return fanOut(new Envelope(replica, key, tenant, event, null));
    }

    /**
     * Publishes an opt-out to every subscriber, on every replica; each skips a delivery {@code key} it handed on.
     * Completes as {@link #publishSignal} does.
     */
    public CompletionStage<Void> publishOptOut(String key, OptOutEvent event) {
        if (firstTime(key)) {
            deliverOptOut(event);
        }
        return fanOut(new Envelope(replica, key, null, null, event));
    }

    /** The live signal events of one tenant. */
    public Multi<SignalEvent> signals(String tenant) {
        return signals.filter(routed -> routed.tenant().equals(tenant)).map(Routed::event);
    }

    /** The live opt-out events. */
    public Multi<OptOutEvent> optOuts() {
        return optOuts;
    }

    private void deliverSignal(String tenant, SignalEvent event) {
        synchronized (signals) {
            signals.onNext(new Routed(tenant, event));
        }
    }

    private void deliverOptOut(OptOutEvent event) {
        synchronized (optOuts) {
            optOuts.onNext(event);
        }
    }

    private boolean firstTime(String key) {
        if (handedOn.asMap().putIfAbsent(key, Boolean.TRUE) == null) {
            return true;
        }
        Log.debugf("Webhook delivery %s was handed on already; not again", key);
        return false;
    }

    private CompletionStage<Void> fanOut(Envelope envelope) {
        if (!redis.enabled()) {
            return CompletableFuture.completedFuture(null);
        }
        String message;
        try {
            message = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            Log.errorf("A %s could not be written for the other replicas: %s", envelope.kind(),
                    e.getClass().getSimpleName());
            return CompletableFuture.completedFuture(null);
        }
        return redis.publish(CHANNEL, message).thenAccept(taken -> {
            if (!taken) {
                Log.warnf("Redis unreachable: %s reaches this replica's subscribers only", envelope.kind());
            }
        });
    }

    private void received(String message) {
        try {
            Envelope envelope = json.readValue(message, Envelope.class);
            // A replica of an earlier version sends no key: its events are handed on without the repeat check.
            if (replica.equals(envelope.origin()) || envelope.key() != null && !firstTime(envelope.key())) {
                return;
            }
            if (envelope.signal() != null && envelope.tenant() != null) {
                deliverSignal(envelope.tenant(), envelope.signal());
            } else if (envelope.optOut() != null) {
                deliverOptOut(envelope.optOut());
            }
        } catch (JsonProcessingException | RuntimeException e) {
            Log.errorf("An event from another replica could not be read: %s", e.getClass().getSimpleName());
        }
    }

    /**
     * An event on its way between replicas; {@code origin} tells a replica its own events apart, {@code key} names the
     * delivery it came from.
     */
    @RegisterForReflection
    record Envelope(String origin, String key, String tenant, SignalEvent signal, OptOutEvent optOut) {

        String kind() {
            return signal != null ? "signal event" : "opt-out event";
        }
    }

    private record Routed(String tenant, SignalEvent event) {
    }
}
