package io.lushagraph.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Groups lookups of one upstream account and one set of options into bulk calls. Single lookups from concurrent
 * requests are collected by Mutiny's {@code group().intoLists().of(maxSize, window)} and flushed when the list is
 * full or the window ticks; a list of lookups from one request is split into full chunks at once. Identical keys
 * in flight share one lookup, with or without a window. The size of every list a window flushes is reported to
 * {@code windowFill}.
 */
public final class CoalescingBatcher<K, V> implements AutoCloseable {

    private final BatchLoadFunction<K, V> loader;
    private final int maxSize;
    private final Map<K, Pending<K, V>> inFlight = new ConcurrentHashMap<>();
    private final MultiEmitter<? super Pending<K, V>> emitter;
    private final Cancellable subscription;

    public CoalescingBatcher(BatchLoadFunction<K, V> loader, int maxSize, Duration window) {
        this(loader, maxSize, window, fill -> {
        });
    }

    public CoalescingBatcher(BatchLoadFunction<K, V> loader, int maxSize, Duration window, IntConsumer windowFill) {
        this.loader = loader;
        this.maxSize = maxSize;
        if (window.isZero() || window.isNegative()) {
            this.emitter = null;
            this.subscription = null;
        } else {
            AtomicReference<MultiEmitter<? super Pending<K, V>>> ref = new AtomicReference<>();
            this.subscription = Multi.createFrom().<Pending<K, V>> emitter(ref::set, BackPressureStrategy.BUFFER)
                    .group().intoLists().of(maxSize, window)
                    .subscribe().with(batch -> {
                        windowFill.accept(batch.size());
                        dispatch(batch);
                    });
            this.emitter = ref.get();
        }
    }

    /** Looks up one key, sharing an identical lookup in flight or joining the open batch. */
    public Uni<Loaded<V>> load(K key, CostLedger ledger) {
        Pending<K, V> fresh = new Pending<>(key, ledger);
        Pending<K, V> existing = inFlight.putIfAbsent(key, fresh);
        if (existing == null) {
            if (emitter == null) {
                dispatch(List.of(fresh));
            } else {
                emitter.emit(fresh);
            }
        }
        return answer(existing == null ? fresh : existing, ledger);
    }

    /**
     * Looks up a list of keys from one request: duplicates once, new keys in chunks of at most {@code maxSize}
     * dispatched at once, results in the order of {@code keys}.
     */
    public Uni<List<Loaded<V>>> loadAll(List<K> keys, CostLedger ledger) {
        Map<K, Pending<K, V>> byKey = new LinkedHashMap<>();
        List<Pending<K, V>> fresh = new ArrayList<>();
        for (K key : keys) {
            byKey.computeIfAbsent(key, k -> {
                Pending<K, V> mine = new Pending<>(k, ledger);
                Pending<K, V> existing = inFlight.putIfAbsent(k, mine);
                if (existing != null) {
                    return existing;
                }
                fresh.add(mine);
                return mine;
            });
        }
        for (int from = 0; from < fresh.size(); from += maxSize) {
            dispatch(fresh.subList(from, Math.min(fresh.size(), from + maxSize)));
        }
        List<Uni<Loaded<V>>> answers = keys.stream().map(k -> answer(byKey.get(k), ledger)).toList();
        return answers.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(answers).andFailFast();
    }

    private Uni<Loaded<V>> answer(Pending<K, V> pending, CostLedger ledger) {
        return Uni.createFrom().completionStage(pending.future)
                .invoke(loaded -> ledger.recordCall(loaded.callId()))
                .map(loaded -> pending.initiator() == ledger || !loaded.mayBeCharged() ? loaded
                        : new Loaded<>(loaded.value(), loaded.error(), loaded.callId(), false));
    }

    private void dispatch(List<Pending<K, V>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Pending<K, V>> members = List.copyOf(batch);
        long callId = CostLedger.nextCallId();
        List<K> keys = members.stream().map(Pending::key).toList();
        Uni.createFrom().deferred(() -> loader.load(keys)).subscribe().with(
                results -> complete(members, callId, results),
                failure -> fail(members, callId, failure));
    }

    private void complete(List<Pending<K, V>> members, long callId, Map<K, KeyResult<V>> results) {
        for (Pending<K, V> pending : members) {
            KeyResult<V> result = results.getOrDefault(pending.key(), KeyResult.missing());
            if (result.creditCharged()) {
                pending.initiator().addCredits(1);
            }
            inFlight.remove(pending.key(), pending);
            pending.future.complete(new Loaded<>(result.value(), result.error(), callId, result.creditCharged()));
        }
    }

    private void fail(List<Pending<K, V>> members, long callId, Throwable failure) {
        GatewayException error = failure instanceof GatewayException typed ? typed
                : GatewayException.of(ErrorCode.UPSTREAM_UNAVAILABLE, "The bulk lookup failed");
        boolean mayBeCharged = error.code() == ErrorCode.UPSTREAM_OUTCOME_UNKNOWN;
        for (Pending<K, V> pending : members) {
            inFlight.remove(pending.key(), pending);
            pending.future.complete(new Loaded<>(null, error, callId, mayBeCharged));
        }
    }

    /** Stops the window's timer; lookups already dispatched still complete. */
    @Override
    public void close() {
        if (subscription != null) {
            emitter.complete();
            subscription.cancel();
        }
    }

    private record Pending<K, V>(K key, CostLedger initiator, CompletableFuture<Loaded<V>> future) {
        Pending(K key, CostLedger initiator) {
            this(key, initiator, new CompletableFuture<>());
        }
    }
}
