package io.lushagraph.webhook.wire;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One delivery attempt in Lusha's audit log.
 *
 * @param payloadId the delivered payload's {@code id}
 * @param status {@code success}, {@code failed} or {@code permanent_failure}
 * @param statusCode the receiver's HTTP status, when it answered
 * @param error why the attempt failed; {@code null} on success
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditLogEntry(
        String id,
        String subscriptionId,
        String payloadId,
        String status,
        Integer statusCode,
        String url,
        Instant deliveredAt,
        Long durationMs,
        String error) {
}
