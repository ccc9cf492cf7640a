package io.lushagraph.upstream;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Retries the attempts of a Lusha call as the {@link RetryClassifier} allows: at most
 * {@code gateway.upstream.retry.max-attempts} attempts, a 429's announced reset waited for only when it is within
 * {@code gateway.upstream.pacing.max-wait}, and every retry taken from the shared {@link RetryBudget}. Failures the
 * gateway raised itself (pacing, open circuits, blocks) are never retried.
 */
@ApplicationScoped
public class UpstreamRetry {

    private final int maxAttempts;
    private final Backoff backoff;
    private final Duration maxWait;
    private final RetryBudget budget;
    private final Vertx vertx;

    public UpstreamRetry(GatewayConfig config, Vertx vertx) {
        GatewayConfig.Retry retry = config.upstream().retry();
        this.maxAttempts = Math.max(1, retry.maxAttempts());
        this.backoff = new Backoff(retry.baseDelay(), retry.maxDelay());
        this.maxWait = config.upstream().pacing().maxWait();
        this.budget = new RetryBudget(retry.budgetRatio(), retry.budgetMin());
        this.vertx = vertx;
    }

    /** Runs the call's first attempt and the retries its failures allow. */
    public <T> Uni<T> run(LushaEndpoint endpoint, Supplier<Uni<T>> attempt) {
        return Uni.createFrom().deferred(() -> {
            budget.callStarted();
            return withRetries(endpoint, attempt, Uni.createFrom().deferred(attempt::get), 1)
                    .onTermination().invoke(budget::callEnded);
        });
    }

    private <T> Uni<T> withRetries(LushaEndpoint endpoint, Supplier<Uni<T>> attempt, Uni<T> current, int number) {
        return current.onFailure().recoverWithUni(failure -> {
            Duration delay = delayBeforeRetry(endpoint, failure, number);
            if (delay == null || !budget.tryAcquire()) {
                return Uni.createFrom().failure(failure);
            }
            Log.debugf("Retrying Lusha %s in %d ms (attempt %d failed)", endpoint.key(), delay.toMillis(), number);
            Uni<T> retry = Delays.sleep(vertx, delay).chain(() -> Uni.createFrom().deferred(attempt::get))
                    .onTermination().invoke(budget::release);
            return withRetries(endpoint, attempt, retry, number + 1);
        });
    }

    /** How long to wait before the next attempt, or {@code null} when there is none. */
    private Duration delayBeforeRetry(LushaEndpoint endpoint, Throwable failure, int number) {
        if (number >= maxAttempts || failure instanceof GatewayException) {
            return null;
        }
        RetryDecision decision = RetryClassifier.classify(endpoint.kind(), UpstreamFailure.of(failure));
        return switch (decision.action()) {
            case RETRY_NOW -> backoff.delay(number, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
            case RETRY_AFTER -> decision.delay().compareTo(maxWait) <= 0 ? decision.delay() : null;
            case FAIL, UNKNOWN_OUTCOME -> null;
        };
    }
}
