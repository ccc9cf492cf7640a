package io.lushagraph.batch;

import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;

/** Loads one batch of distinct keys with one upstream bulk call. */
@FunctionalInterface
public interface BatchLoadFunction<K, V> {

    /**
     * @param keys at most the batcher's maximum, without duplicates
     * @return a result per key; a key absent from the map counts as not found
     */
    Uni<Map<K, KeyResult<V>>> load(List<K> keys);
}
