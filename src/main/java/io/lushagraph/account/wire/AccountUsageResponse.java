package io.lushagraph.account.wire;

import java.util.Map;

/** Answer of {@code GET /account/usage}: credit pools by name, e.g. {@code bulkCredits}. */
public record AccountUsageResponse(Map<String, Pool> usage) {

    /** One credit pool. */
    public record Pool(long used, long total, long remaining) {
    }
}
