package io.lushagraph.simulator.webhook;

import java.time.Instant;
import java.util.List;

/** A stored subscription; {@code blockedAt} is null while it is active. */
record Hook(String id, String entityType, String entityId, List<String> signalTypes, String url, String name,
        boolean active, String blockReason, Instant blockedAt, Instant createdAt, Instant updatedAt) {

    static final String OPT_OUT = "optOut";

    boolean optOut() {
        return signalTypes.contains(OPT_OUT);
    }

    /** Whether a signal of this type about this entity goes to this subscription. */
    boolean wants(String type, String kind, String entity) {
        return active && !optOut() && entityType.equals(kind) && entityId.equals(entity)
                && (signalTypes.contains(type) || signalTypes.contains(SignalKinds.ALL_SIGNALS));
    }

    Hook blocked(String reason, Instant at) {
        return new Hook(id, entityType, entityId, signalTypes, url, name, false, reason, at, createdAt, at);
    }

    WebhookWire.Subscription wire() {
        return new WebhookWire.Subscription(id, entityType, entityId, signalTypes, url, name, active, blockReason,
                blockedAt == null ? null : Stamps.iso(blockedAt), Stamps.iso(createdAt), Stamps.iso(updatedAt));
    }

    WebhookWire.Updated updated(String secret) {
        return new WebhookWire.Updated(id, entityType, entityId, signalTypes, url, name, active,
                Stamps.iso(createdAt), Stamps.iso(updatedAt), secret);
    }
}
