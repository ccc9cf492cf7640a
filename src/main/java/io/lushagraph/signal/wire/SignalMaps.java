package io.lushagraph.signal.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cleans the signal arrays collected from dynamic keys: drops what was not a signal array and keeps Lusha's order.
 */
public final class SignalMaps {

    private SignalMaps() {
    }

    /** The collected entries that were signal arrays, unmodifiable, in Lusha's order. */
    public static <T> Map<String, List<T>> arraysOnly(Map<String, List<T>> collected) {
        Map<String, List<T>> kept = new LinkedHashMap<>();
        if (collected != null) {
            collected.forEach((type, items) -> {
                if (items != null) {
                    kept.put(type, items);
                }
            });
        }
        return Collections.unmodifiableMap(kept);
    }
}
