package io.lushagraph.simulator.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Singleton;

/** One row per delivery attempt, newest first, as {@code GET /api/audit-logs} lists them. */
@Singleton
public class AuditLog {

    static final String SUCCESS = "success";
    static final String FAILED = "failed";
    static final String PERMANENT_FAILURE = "permanent_failure";
    static final List<String> STATUSES = List.of(SUCCESS, FAILED, PERMANENT_FAILURE);

    private final List<WebhookWire.AuditEntry> rows = new ArrayList<>();

    synchronized void record(String subscriptionId, String payloadId, String url, Attempt attempt, String status) {
        rows.add(0, new WebhookWire.AuditEntry(UUID.randomUUID().toString(), subscriptionId, payloadId, status,
                attempt.statusCode(), url, Stamps.iso(attempt.at()), attempt.durationMs(), attempt.error()));
    }

    synchronized List<WebhookWire.AuditEntry> find(String subscriptionId, String status) {
        return rows.stream().filter(r -> subscriptionId == null || r.subscriptionId().equals(subscriptionId))
                .filter(r -> status == null || r.status().equals(status)).toList();
    }

    /** Counts attempts; every attempt that did not succeed is a failure. */
    WebhookWire.AuditStats stats(String subscriptionId) {
        List<WebhookWire.AuditEntry> found = find(subscriptionId, null);
        int success = (int) found.stream().filter(r -> r.status().equals(SUCCESS)).count();
        double rate = found.isEmpty() ? 0 : 100.0 * success / found.size();
        return new WebhookWire.AuditStats(found.size(), success, found.size() - success,
                String.format(Locale.ROOT, "%.2f%%", rate));
    }

    synchronized void clear() {
        rows.clear();
    }
}
