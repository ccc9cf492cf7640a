package io.lushagraph.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.mutiny.Uni;

/**
 * Keeps one lookup that Lusha refuses from failing the others of its bulk call. Lusha validates a bulk body as a
 * whole: one item it finds invalid (a 400 or 412, {@code INVALID_INPUT} here) refuses all of them, and a refusal
 * charges nothing and changes nothing, so it is safe to ask again. A refused batch of several keys is split in two
 * halves, each loaded again (and split again if refused), until the refused keys stand alone: each of those fails
 * on its own with Lusha's refusal and every other key gets its answer. One bad key in a batch of 100 costs about
 * 2·log2(100) ≈ 14 more calls, so the services check what Lusha's documentation says is valid before sending and
 * this is the fallback for what they cannot know.
 */
public final class RefusalSplitting {

    private RefusalSplitting() {
    }

    /** The loader, with refused batches split and loaded again. */
    public static <K, V> BatchLoadFunction<K, V> of(BatchLoadFunction<K, V> loader) {
        return keys -> load(loader, keys);
    }

    private static <K, V> Uni<Map<K, KeyResult<V>>> load(BatchLoadFunction<K, V> loader, List<K> keys) {
        return loader.load(keys).onFailure(RefusalSplitting::refused).recoverWithUni(failure -> {
            if (keys.size() == 1) {
                return Uni.createFrom().item(Map.of(keys.get(0), KeyResult.failed((GatewayException) failure)));
            }
            int half = keys.size() / 2;
            List<K> first = List.copyOf(keys.subList(0, half));
            List<K> second = List.copyOf(keys.subList(half, keys.size()));
            return load(loader, first).chain(a -> load(loader, second).map(b -> {
                Map<K, KeyResult<V>> both = new HashMap<>(a);
                both.putAll(b);
                return both;
            }));
        });
    }

    private static boolean refused(Throwable failure) {
        return failure instanceof GatewayException g && g.code() == ErrorCode.INVALID_INPUT;
    }
}
