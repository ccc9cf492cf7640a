package io.lushagraph.cost;

import java.util.Map;

/**
 * Whether a lookup's answer is already in the enrichment cache, so that it costs no credit: the query cost asks this
 * before the operation runs. Only an exact answer counts; when unsure, a lookup is not cached.
 */
@FunctionalInterface
public interface CachedLookups {

    /** Nothing is cached. */
    CachedLookups NONE = (field, lookup, options) -> false;

    /**
     * @param field the field's coordinate, e.g. {@code Query.person}
     * @param lookup one lookup's values as sent: strings, booleans, numbers, enum names
     * @param options the field's {@code options} argument, or null
     */
    boolean isCached(String field, Map<String, Object> lookup, Map<String, Object> options);
}
