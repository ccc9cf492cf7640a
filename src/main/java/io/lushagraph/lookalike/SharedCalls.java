package io.lushagraph.lookalike;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import io.lushagraph.upstream.CostLedger;
import io.smallrye.mutiny.Uni;

/**
 * Identical calls in flight share one Lusha call: every request that joins counts the call in its cost, and the
 * credits it charged go to the request that started it. A finished call is forgotten at once.
 */
final class SharedCalls<K, V> {

    private final Map<K, Shared<V>> inFlight = new ConcurrentHashMap<>();
    private final ToLongFunction<V> credits;

    SharedCalls(ToLongFunction<V> credits) {
        this.credits = credits;
    }

    /** The answer of the call in flight for {@code key}, or of {@code upstream}, started now. */
    Uni<V> call(K key, CostLedger ledger, Supplier<Uni<V>> upstream) {
        Shared<V> fresh = new Shared<>(CostLedger.nextCallId(), new CompletableFuture<>());
        Shared<V> existing = inFlight.putIfAbsent(key, fresh);
        Shared<V> shared = existing == null ? fresh : existing;
        ledger.recordCall(shared.callId());
        if (existing == null) {
            Uni.createFrom().deferred(upstream::get).subscribe().with(
                    answer -> {
                        inFlight.remove(key, fresh);
                        ledger.addCredits(credits.applyAsLong(answer));
                        fresh.answer().complete(answer);
                    },
                    failure -> {
                        inFlight.remove(key, fresh);
                        fresh.answer().completeExceptionally(failure);
                    });
        }
        return Uni.createFrom().completionStage(shared.answer());
    }

    private record Shared<V>(long callId, CompletableFuture<V> answer) {
    }
}
