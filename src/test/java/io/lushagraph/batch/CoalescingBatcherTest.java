package io.lushagraph.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

class CoalescingBatcherTest {

    private final List<List<Integer>> calls = new CopyOnWriteArrayList<>();
    private CoalescingBatcher<Integer, String> batcher;

    @AfterEach
    void close() {
        if (batcher != null) {
            batcher.close();
        }
    }

    /** Answers every key k with "v" + k; multiples of 7 are not found, multiples of 11 fail alone. */
    private Uni<Map<Integer, KeyResult<String>>> load(List<Integer> keys, Duration delay) {
        calls.add(List.copyOf(keys));
        Map<Integer, KeyResult<String>> out = new HashMap<>();
        for (Integer k : keys) {
            out.put(k, k % 11 == 0 ? KeyResult.failed(GatewayException.of(ErrorCode.GDPR_BLOCKED, "no"))
                    : k % 7 == 0 ? KeyResult.missing() : KeyResult.found("v" + k, true));
        }
        Uni<Map<Integer, KeyResult<String>>> answer = Uni.createFrom().item(out);
        return delay.isZero() ? answer : answer.onItem().delayIt().by(delay);
    }

    @Test
    void aListIsSplitIntoFullChunksInOrderWithDuplicatesOnce() {
        batcher = new CoalescingBatcher<>(keys -> load(keys, Duration.ZERO), 100, Duration.ofMillis(5));
        List<Integer> keys = new ArrayList<>(IntStream.rangeClosed(1, 250).boxed().toList());
        keys.addAll(IntStream.rangeClosed(1, 20).boxed().toList());
        CostLedger ledger = new CostLedger();

        List<Loaded<String>> loaded = batcher.loadAll(keys, ledger).await().atMost(Duration.ofSeconds(5));

        assertThat(calls).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(loaded).hasSize(270);
        assertThat(loaded.get(0).value()).isEqualTo("v1");
        assertThat(loaded.get(6).value()).isNull();
        assertThat(loaded.get(6).error()).isNull();
        assertThat(loaded.get(10).error().code()).isEqualTo(ErrorCode.GDPR_BLOCKED);
        assertThat(loaded.get(251).value()).isEqualTo("v2");
        assertThat(ledger.upstreamCalls()).isEqualTo(3);
        long found = IntStream.rangeClosed(1, 250).filter(k -> k % 7 != 0 && k % 11 != 0).count();
        assertThat(ledger.creditsCharged()).isEqualTo(found);
    }

    @Test
    void concurrentSingleLookupsShareTheWindow() {
        batcher = new CoalescingBatcher<>(keys -> load(keys, Duration.ZERO), 100, Duration.ofMillis(50));
        List<CostLedger> ledgers = new ArrayList<>();
        List<UniAssertSubscriber<Loaded<String>>> subscribers = new ArrayList<>();
        for (int k = 1; k <= 30; k++) {
            CostLedger ledger = new CostLedger();
            ledgers.add(ledger);
            subscribers.add(batcher.load(k, ledger).subscribe().withSubscriber(UniAssertSubscriber.create()));
        }

        for (int i = 0; i < subscribers.size(); i++) {
            Loaded<String> loaded = subscribers.get(i).awaitItem(Duration.ofSeconds(5)).getItem();
            int key = i + 1;
            assertThat(loaded.value()).isEqualTo(key % 7 == 0 || key % 11 == 0 ? null : "v" + key);
        }
        assertThat(calls.size()).isLessThanOrEqualTo(2);
        assertThat(calls.stream().mapToInt(List::size).sum()).isEqualTo(30);
        assertThat(ledgers).allSatisfy(l -> assertThat(l.upstreamCalls()).isEqualTo(1));
    }

    @Test
    void aFullBatchIsSentWithoutWaitingForTheWindow() {
        batcher = new CoalescingBatcher<>(keys -> load(keys, Duration.ZERO), 10, Duration.ofSeconds(30));
        CostLedger ledger = new CostLedger();
        List<UniAssertSubscriber<Loaded<String>>> subscribers = IntStream.rangeClosed(1, 10)
                .mapToObj(
                        k -> batcher.load(k, ledger).subscribe().withSubscriber(UniAssertSubscriber.<Loaded<String>> create()))
                .toList();

        subscribers.forEach(s -> s.awaitItem(Duration.ofSeconds(2)));
        assertThat(calls).containsExactly(IntStream.rangeClosed(1, 10).boxed().toList());
    }

    @Test
    void withoutAWindowIdenticalKeysInFlightShareOneCall() {
        batcher = new CoalescingBatcher<>(keys -> load(keys, Duration.ofMillis(200)), 100, Duration.ZERO);
        List<CostLedger> ledgers = Collections.nCopies(20, 0).stream().map(x -> new CostLedger()).toList();

        List<UniAssertSubscriber<Loaded<String>>> subscribers = ledgers.stream()
                .map(l -> batcher.load(5, l).subscribe().withSubscriber(UniAssertSubscriber.<Loaded<String>> create()))
                .toList();

        subscribers.forEach(s -> assertThat(s.awaitItem(Duration.ofSeconds(5)).getItem().value()).isEqualTo("v5"));
        assertThat(calls).containsExactly(List.of(5));
        assertThat(ledgers.stream().mapToLong(CostLedger::creditsCharged).sum()).isEqualTo(1);
        assertThat(ledgers).allSatisfy(l -> assertThat(l.upstreamCalls()).isEqualTo(1));
    }

    @Test
    void aFailedCallFailsEveryKeyItCarriedAndIsNotRemembered() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        batcher = new CoalescingBatcher<>(keys -> {
            seen.addAll(keys);
            return seen.size() <= 2 ? Uni.createFrom().failure(GatewayException.of(ErrorCode.UPSTREAM_UNAVAILABLE, "down"))
                    : load(keys, Duration.ZERO);
        }, 100, Duration.ZERO);

        List<Loaded<String>> first = batcher.loadAll(List.of(1, 2), new CostLedger()).await().indefinitely();
        List<Loaded<String>> second = batcher.loadAll(List.of(1, 2), new CostLedger()).await().indefinitely();

        assertThat(first).allSatisfy(l -> assertThat(l.error().code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
        assertThat(second).extracting(Loaded::value).containsExactly("v1", "v2");
    }
}
