package io.lushagraph.simulator.webhook;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.lushagraph.config.LushaConfig;
import io.quarkus.logging.Log;

/**
 * Delivers payloads to subscriptions in the background: a first attempt, up to three retries with exponential
 * backoff, an audit row per attempt, and the subscription blocked once the retries are spent.
 */
@Singleton
public class Deliveries {

    static final int MAX_RETRIES = 3;
    static final String MAX_RETRIES_EXCEEDED = "Max retries exceeded";

    private final HookBook book;
    private final AuditLog audit;
    private final Receivers receivers;
    private final Duration retryBase;

    public Deliveries(HookBook book, AuditLog audit, Receivers receivers, LushaConfig config) {
        this.book = book;
        this.audit = audit;
        this.receivers = receivers;
        this.retryBase = config.simulator().webhookRetryBase();
    }

    /**
     * Starts delivering {@code payload} to the subscription, signed with the account secret current at each
     * attempt; {@code webhookId} is the id the acknowledgement must echo, null when the payload has none.
     */
    void start(Hook hook, String payloadId, Object payload, String webhookId) {
        attempt(hook, payloadId, receivers.bytes(payload), webhookId, 0);
    }

    private void attempt(Hook hook, String payloadId, byte[] body, String webhookId, int retry) {
        String secret = book.secret().orElse("");
        receivers.deliver(hook.url(), body, secret, webhookId).thenAccept(result -> {
            if (result.success()) {
                audit.record(hook.id(), payloadId, hook.url(), result, AuditLog.SUCCESS);
            } else if (retry < MAX_RETRIES) {
                audit.record(hook.id(), payloadId, hook.url(), result, AuditLog.FAILED);
                long delay = retryBase.toMillis() << retry;
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)
                        .execute(() -> attempt(hook, payloadId, body, webhookId, retry + 1));
            } else {
                audit.record(hook.id(), payloadId, hook.url(), result, AuditLog.PERMANENT_FAILURE);
                book.update(hook.id(), h -> h.blocked(MAX_RETRIES_EXCEEDED, book.now()));
                Log.infof("Simulated webhook subscription %s blocked after %d retries", hook.id(), MAX_RETRIES);
            }
        });
    }
}
