package io.lushagraph.webhook.wire;

/**
 * Offset paging facts of a subscription or audit-log list.
 */
public record Pagination(Integer total, Integer limit, Integer offset, Boolean hasMore) {
}
