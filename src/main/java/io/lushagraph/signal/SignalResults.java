package io.lushagraph.signal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lushagraph.batch.KeyResult;
import io.lushagraph.batch.Loaded;
import io.smallrye.mutiny.Uni;

/**
 * Files the entities of one signal answer under the keys that asked for them and shares out the answer's
 * {@code creditCharged}: each entity is charged for its signal types with results (Lusha's rule) until the credits
 * the call reports run out, which also covers types Lusha did not charge again within 30 days.
 */
final class SignalResults {

    private SignalResults() {
    }

    /** One entity of an answer, before credits are shared out. */
    record Entry(String id, List<Signal> signals, int typesWithResults) {
    }

    /**
     * @param wireKeys the key each of {@code keys} was sent under, in the same order
     * @param creditCharged the answer's total; when Lusha sends none, the types with results
     */
    static <K> Map<K, KeyResult<FoundSignals>> byKey(List<K> keys, List<String> wireKeys, Map<String, Entry> entries,
            Integer creditCharged) {
        long remaining = creditCharged != null ? creditCharged
                : entries.values().stream().mapToLong(Entry::typesWithResults).sum();
        Map<K, KeyResult<FoundSignals>> results = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Entry entry = entries.get(wireKeys.get(i));
            if (entry == null) {
                results.put(keys.get(i), KeyResult.missing());
                continue;
            }
            long share = Math.min(entry.typesWithResults(), remaining);
            remaining -= share;
            results.put(keys.get(i),
                    KeyResult.found(new FoundSignals(entry.id(), entry.signals(), new CreditShare(share)), false));
        }
        return results;
    }

    /** The signals of a loaded lookup (empty when Lusha has none); its credits were counted when it was loaded. */
    static Uni<List<Signal>> signals(Loaded<FoundSignals> loaded) {
        if (loaded.error() != null) {
            return Uni.createFrom().failure(loaded.error());
        }
        if (loaded.value() == null) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.createFrom().item(loaded.value().signals());
    }
}
