package io.lushagraph.webhook.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code GET /api/audit-logs/stats}: delivery attempt counts.
 *
 * @param successRate Lusha's formatted percentage, e.g. {@code "95.00%"}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditLogStats(Long total, Long success, Long failed, String successRate) {
}
