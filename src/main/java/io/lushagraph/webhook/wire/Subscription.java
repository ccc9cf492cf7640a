package io.lushagraph.webhook.wire;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A webhook subscription as Lusha returns it from get, list, create, update, delete and opt-out calls; fields a call
 * does not return are {@code null}. {@link #toString()} never shows the secret.
 *
 * @param id 24-hex subscription id
 * @param entityType {@code contact} or {@code company}
 * @param entityId the Lusha person or company id watched (for opt-out, the account)
 * @param signalTypes signal types delivered, {@code ["optOut"]} for the opt-out subscription
 * @param isActive false once Lusha disabled it after failed deliveries
 * @param blockReason why Lusha disabled it, e.g. {@code "Max retries exceeded"}; {@code null} while active
 * @param blockedAt when Lusha disabled it; {@code null} while active
 * @param secret the new account secret, only in the answer to an update with {@code regenerateSecret: true}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Subscription(
        String id,
        String entityType,
        String entityId,
        List<String> signalTypes,
        String url,
        String name,
        Boolean isActive,
        String blockReason,
        Instant blockedAt,
        Instant createdAt,
        Instant updatedAt,
        String secret) {

    public Subscription {
        signalTypes = Objects.requireNonNullElse(signalTypes, List.of());
    }

    @Override
    public String toString() {
        return "Subscription[id=" + id + ", entityType=" + entityType + ", entityId=" + entityId
                + ", signalTypes=" + signalTypes + ", url=" + url + ", name=" + name + ", isActive=" + isActive
                + ", blockReason=" + blockReason + ", blockedAt=" + blockedAt + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt + ", secret=" + (secret == null ? null : "***") + "]";
    }
}
