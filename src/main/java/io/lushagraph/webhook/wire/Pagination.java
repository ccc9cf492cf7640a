package io.lushagraph.webhook.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Offset paging facts of a subscription or audit-log list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pagination(Integer total, Integer limit, Integer offset, Boolean hasMore) {
}
