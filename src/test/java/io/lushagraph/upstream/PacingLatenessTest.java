package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A pacing turn is a moment: a call whose event loop is busy when its turn comes must not go out together with the
 * calls of later turns. Here the caller's event loop is blocked while turns come, and the calls that reach it late
 * take a new turn (then go, even if late again), instead of leaving in one bunch.
 */
@QuarkusTest
class PacingLatenessTest {

    private static final LushaEndpoint ENDPOINT = LushaEndpoint.PERSON_BULK;

    @Inject
    OutboundPacer pacer;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry meters;

    @Test
    void callsThatReachABusyEventLoopAfterTheirTurnTakeANewOne() throws Exception {
        // a first call on another account loads what the pacing uses, so that the ten below take microseconds
        pacer.acquire(new LushaAccount("lateness-warm-up-" + UUID.randomUUID(), "unused"), ENDPOINT).await()
                .atMost(Duration.ofSeconds(10));
        LushaAccount account = new LushaAccount("lateness-" + UUID.randomUUID(), "unused");
        double newTurns = missed("new-turn");
        double sentLate = missed("sent-late");
        Context context = vertx.getOrCreateContext();
        List<Integer> immediate = new CopyOnWriteArrayList<>();
        List<Integer> went = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(10);

        context.runOnContext(start -> {
            // The burst of 5 goes at once; calls 5 to 9 get turns about 66 ms apart (15 a second refill).
            for (int i = 0; i < 10; i++) {
                int call = i;
                pacer.acquire(account, ENDPOINT).subscribe().with(ok -> {
                    went.add(call);
                    done.countDown();
                }, failure -> {
                    failures.add(failure);
                    done.countDown();
                });
                if (went.contains(call)) {
                    immediate.add(call);
                }
            }
            // The loop is busy for 500 ms while all five turns come; then again for 400 ms, while the new turns of
            // those that found no spare token come.
            context.runOnContext(busy -> {
                block(500);
                context.runOnContext(again -> block(400));
            });
        });

        assertThat(done.await(15, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).isEmpty();
        assertThat(immediate).as("the burst").containsExactly(0, 1, 2, 3, 4);
        assertThat(went).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(missed("new-turn") - newTurns).as("every call that waited reached the loop late").isEqualTo(5);
        assertThat(missed("sent-late") - sentLate).as("late for a new turn too: sent, not queued again")
                .isBetween(1.0, 5.0);
    }

    private double missed(String action) {
        Counter counter = meters.find("lusha.upstream.pacing.missed.turns").tag("endpoint", ENDPOINT.key())
                .tag("action", action).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void block(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
