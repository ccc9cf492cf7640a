package io.lushagraph.lookalike.wire;

/**
 * Paging facts of a lookalike answer.
 *
 * @param returned results in this answer
 * @param hasMore whether another call with the same {@code dedupeSessionId} would return more
 */
public record LookalikeMeta(Integer returned, Boolean hasMore) {
}
