package io.lushagraph.upstream;

import java.time.Duration;

/**
 * What to do after one failed attempt of a Lusha call.
 *
 * @param action the decision
 * @param delay for {@link Action#RETRY_AFTER}, how long Lusha asked to wait; for a {@link Action#FAIL} of a used-up
 *        quota, when Lusha said it resets; otherwise {@code null}
 */
public record RetryDecision(Action action, Duration delay) {

    /** The four outcomes of {@link RetryClassifier}. */
    public enum Action {
        /** Safe to retry after an exponential, jittered backoff. */
        RETRY_NOW,
        /** Safe to retry once {@code delay} has passed. */
        RETRY_AFTER,
        /** A typed failure that retrying cannot fix. */
        FAIL,
        /** The call may or may not have been processed (and charged): never retried, reported as unknown. */
        UNKNOWN_OUTCOME
    }

    static RetryDecision retryNow() {
        return new RetryDecision(Action.RETRY_NOW, null);
    }

    static RetryDecision retryAfter(Duration delay) {
        return new RetryDecision(Action.RETRY_AFTER, delay);
    }

    static RetryDecision fail() {
        return new RetryDecision(Action.FAIL, null);
    }

    static RetryDecision fail(Duration resetsIn) {
        return new RetryDecision(Action.FAIL, resetsIn);
    }

    static RetryDecision unknownOutcome() {
        return new RetryDecision(Action.UNKNOWN_OUTCOME, null);
    }

    /** Whether the call may be attempted again. */
    public boolean retries() {
        return action == Action.RETRY_NOW || action == Action.RETRY_AFTER;
    }
}
