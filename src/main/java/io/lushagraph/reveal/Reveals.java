package io.lushagraph.reveal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.batch.CoalescingBatcher;
import io.lushagraph.batch.Loaded;
import io.lushagraph.tenant.GatewayRequest;
import io.smallrye.mutiny.Uni;

/**
 * Reveals by lookup key with the enrichment cache and the tenant's credit budget in front of a batching lane. A cached
 * key costs nothing. The other distinct keys reserve one credit each before any call; when the budget cannot cover
 * all of them, each of them fails with {@code CREDIT_BUDGET_EXCEEDED} and no call is made (cached keys are still
 * answered); when the store holding the budget is unreachable they fail with {@code STORE_UNAVAILABLE} likewise. After the
 * answer, every key that did not charge this requester is refunded: not found, a per-item
 * error, a failed call with a known outcome, or a lookup it joined in flight. An unknown outcome keeps its credit.
 */
@ApplicationScoped
public class Reveals {

    private final CreditGate credits;

    public Reveals(CreditGate credits) {
        this.credits = credits;
    }

    /** One key, through the lane's coalescing window. */
    public <K, V> Uni<Loaded<V>> one(GatewayRequest request, EnrichmentCache<K, V> cache, Object options,
            CoalescingBatcher<K, V> lane, K key) {
        return reveal(request, cache, options, List.of(key),
                misses -> lane.load(misses.get(0), request.cost()).map(List::of)).map(loaded -> loaded.get(0));
    }

    /** A list of keys from one request, duplicates revealed once; results in the order of {@code keys}. */
    public <K, V> Uni<List<Loaded<V>>> all(GatewayRequest request, EnrichmentCache<K, V> cache, Object options,
            CoalescingBatcher<K, V> lane, List<K> keys) {
        return reveal(request, cache, options, keys, misses -> lane.loadAll(misses, request.cost()));
    }

    private <K, V> Uni<List<Loaded<V>>> reveal(GatewayRequest request, EnrichmentCache<K, V> cache, Object options,
            List<K> keys, Function<List<K>, Uni<List<Loaded<V>>>> fetch) {
        Map<K, Loaded<V>> answers = new HashMap<>();
        List<K> misses = new ArrayList<>();
        for (K key : new LinkedHashSet<>(keys)) {
            V cached = cache.get(request.account().id(), options, key);
            if (cached == null) {
                misses.add(key);
            } else {
                answers.put(key, new Loaded<>(cached, null, 0, false));
            }
        }
        if (misses.isEmpty()) {
            return Uni.createFrom().item(inOrder(keys, answers));
        }
        return credits.reserveThen(request, misses.size(), () -> fetch.apply(misses).map(loaded -> {
            for (int i = 0; i < misses.size(); i++) {
                answers.put(misses.get(i), loaded.get(i));
            }
            credits.refund(request, loaded.stream().filter(one -> !one.mayBeCharged()).count());
            return inOrder(keys, answers);
        }), refusal -> {
            Loaded<V> refused = new Loaded<>(null, refusal, 0, false);
            misses.forEach(key -> answers.put(key, refused));
            return inOrder(keys, answers);
        });
    }

    private static <K, V> List<Loaded<V>> inOrder(List<K> keys, Map<K, Loaded<V>> answers) {
        return keys.stream().map(answers::get).toList();
    }
}
