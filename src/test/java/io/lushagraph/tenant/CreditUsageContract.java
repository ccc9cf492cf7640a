package io.lushagraph.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.store.Store;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.upstream.LushaAccount;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A tenant's credit usage lives in the store, survives a restart and is one budget for every replica on
 * the same database. Each instance here stands for a replica (or a restarted gateway) over the active store.
 */
abstract class CreditUsageContract {

    final TenantSettings fiveADay = new TenantSettings("usage-contract", 10, 10, 5, 500, false, true,
            new LushaAccount("default", "unused"));
    static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    @Inject
    Store store;

    @BeforeEach
    void forget() {
        budgets(NOON).forget(fiveADay.tenant());
    }

    CreditBudgets budgets(Instant now) {
        return new CreditBudgets(store.dataSource(), new SimpleMeterRegistry(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void usageSurvivesANewInstanceOverTheSameDatabase() {
        assertThat(reserve(budgets(NOON), 3)).isTrue();

        CreditBudgets restarted = budgets(NOON);

        assertThat(restarted.remaining(fiveADay).await().indefinitely()).isEqualTo(2);
        assertThat(reserve(restarted, 3)).isFalse();
        assertThat(reserve(restarted, 2)).isTrue();
        assertThat(restarted.remaining(fiveADay).await().indefinitely()).isZero();
    }

    @Test
    void twoInstancesOverOneDatabaseNeverTogetherPassTheBudget() throws Exception {
        CreditBudgets one = budgets(NOON);
        CreditBudgets other = budgets(NOON);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> reservations = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                CreditBudgets replica = i % 2 == 0 ? one : other;
                reservations.add(() -> reserve(replica, 1));
            }
            long admitted = 0;
            for (Future<Boolean> answer : pool.invokeAll(reservations)) {
                admitted += answer.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(one.remaining(fiveADay).await().indefinitely()).isZero();
        assertThat(other.remaining(fiveADay).await().indefinitely()).isZero();
    }

    @Test
    void aRefundGivesBackNoMoreThanWasSpent() {
        CreditBudgets budgets = budgets(NOON);
        assertThat(reserve(budgets, 4)).isTrue();

        budgets.refund(fiveADay, 1);
        awaitRemaining(budgets, 2);
        budgets.refund(fiveADay, 100);

        awaitRemaining(budgets, 5);
        assertThat(reserve(budgets, 5)).isTrue();
        assertThat(reserve(budgets, 1)).isFalse();
    }

    @Test
    void eachUtcDayHasAFreshBudget() {
        CreditBudgets today = budgets(NOON);
        assertThat(reserve(today, 5)).isTrue();
        assertThat(reserve(budgets(Instant.parse("2026-03-01T23:59:59Z")), 1)).isFalse();

        CreditBudgets tomorrow = budgets(Instant.parse("2026-03-02T00:00:00Z"));

        assertThat(tomorrow.remaining(fiveADay).await().indefinitely()).isEqualTo(5);
        assertThat(reserve(tomorrow, 5)).isTrue();
    }

    @Test
    void aRefundAfterMidnightGoesBackToTheDayItWasReservedFrom() {
        java.time.LocalDate first = java.time.LocalDate.parse("2026-03-01");
        CreditBudgets beforeMidnight = budgets(Instant.parse("2026-03-01T23:59:59Z"));
        assertThat(beforeMidnight.reserve(fiveADay, first, 3).await().atMost(Duration.ofSeconds(30))).isTrue();
        CreditBudgets afterMidnight = budgets(Instant.parse("2026-03-02T00:00:01Z"));
        assertThat(reserve(afterMidnight, 2)).isTrue();

        afterMidnight.refund(fiveADay, first, 3);

        awaitRemaining(beforeMidnight, 5);
        assertThat(afterMidnight.remaining(fiveADay).await().indefinitely()).as("the new day keeps its own").isEqualTo(3);
    }

    @Test
    void anUnreachableStoreRefusesTheReservationWithStoreUnavailable() {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");
        CreditBudgets unreachable = new CreditBudgets(nowhere, new SimpleMeterRegistry(), Clock.systemUTC());

        Throwable failure = unreachable.reserve(fiveADay, 1).onItem().<Throwable> transform(reserved -> null)
                .onFailure().recoverWithItem(f -> f).await().atMost(Duration.ofSeconds(30));

        assertThat(failure).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE));
        unreachable.refund(fiveADay, 1);
    }

    private boolean reserve(CreditBudgets budgets, long credits) {
        return budgets.reserve(fiveADay, credits).await().atMost(Duration.ofSeconds(30));
    }

    private void awaitRemaining(CreditBudgets budgets, long expected) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> budgets.remaining(fiveADay).await().indefinitely() == expected);
    }
}
