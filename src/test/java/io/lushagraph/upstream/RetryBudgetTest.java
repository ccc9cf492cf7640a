package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Retries in flight stay under 20 % of the calls in flight, with a floor of 3. */
class RetryBudgetTest {

    @Test
    void fewCallsStillGetTheMinimum() {
        RetryBudget budget = new RetryBudget(0.2, 3);
        budget.callStarted();

        assertThat(budget.tryAcquire()).isTrue();
        assertThat(budget.tryAcquire()).isTrue();
        assertThat(budget.tryAcquire()).isTrue();
        assertThat(budget.tryAcquire()).isFalse();
        budget.release();
        assertThat(budget.tryAcquire()).isTrue();
    }

    @Test
    void manyCallsGetAFifthOfThemAsRetries() {
        RetryBudget budget = new RetryBudget(0.2, 3);
        for (int i = 0; i < 50; i++) {
            budget.callStarted();
        }

        int granted = 0;
        while (budget.tryAcquire()) {
            granted++;
        }

        assertThat(granted).isEqualTo(10);
        for (int i = 0; i < 25; i++) {
            budget.callEnded();
        }
        assertThat(budget.allowance()).isEqualTo(5);
    }
}
