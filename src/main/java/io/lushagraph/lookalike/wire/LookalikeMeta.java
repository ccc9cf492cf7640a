package io.lushagraph.lookalike.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Paging facts of a lookalike answer.
 *
 * @param returned results in this answer
 * @param hasMore whether another call with the same {@code dedupeSessionId} would return more
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LookalikeMeta(Integer returned, Boolean hasMore) {
}
