package io.lushagraph.webhook.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code GET /api/audit-logs}: one page of delivery attempts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditLogPage(List<AuditLogEntry> data, Pagination pagination) {

    public AuditLogPage {
        data = Objects.requireNonNullElse(data, List.of());
    }
}
