package io.lushagraph.upstream;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.GatewayConfig;
import io.smallrye.mutiny.Uni;

/**
 * The policies that protect the Lusha account, in the order a call meets them: the account's blocks (credits, quota),
 * then retries as the {@link RetryClassifier} allows; each attempt goes through the endpoint's circuit breaker and
 * bulkhead, waits for its pacing turn, and gets at most {@code gateway.upstream.attempt-timeout} for an answer.
 */
@ApplicationScoped
public class UpstreamGuard {

    private final AccountBlocks blocks;
    private final UpstreamRetry retry;
    private final EndpointBreakers breakers;
    private final OutboundPacer pacer;
    private final Duration attemptTimeout;

    public UpstreamGuard(AccountBlocks blocks, UpstreamRetry retry, EndpointBreakers breakers, OutboundPacer pacer,
            GatewayConfig config) {
        this.blocks = blocks;
        this.retry = retry;
        this.breakers = breakers;
        this.pacer = pacer;
        this.attemptTimeout = config.upstream().attemptTimeout();
    }

    /** Runs a call's attempts under every policy; failures come out as the last attempt's, or typed when blocked. */
    public <T> Uni<T> guard(LushaAccount account, LushaEndpoint endpoint, Supplier<Uni<T>> attempt) {
        Supplier<Uni<T>> paced = () -> pacer.acquire(account, endpoint).chain(() -> timed(attempt));
        return blocks.admit(account, endpoint)
                .chain(() -> retry.run(endpoint, () -> breakers.guard(endpoint, paced)))
                .onFailure().invoke(failure -> blocks.observe(account, endpoint, failure));
    }

    /** As {@link #guard}, with one attempt and no retry whatever the failure. */
    public <T> Uni<T> guardOnce(LushaAccount account, LushaEndpoint endpoint, Supplier<Uni<T>> attempt) {
        Supplier<Uni<T>> paced = () -> pacer.acquire(account, endpoint).chain(() -> timed(attempt));
        return blocks.admit(account, endpoint)
                .chain(() -> breakers.guard(endpoint, paced))
                .onFailure().invoke(failure -> blocks.observe(account, endpoint, failure));
    }

    /** Forgets all state: breakers closed, pacing buckets full, blocks lifted. */
    public void reset() {
        blocks.reset();
        breakers.reset();
        pacer.reset();
    }

    private <T> Uni<T> timed(Supplier<Uni<T>> attempt) {
        return attempt.get().ifNoItem().after(attemptTimeout)
                .failWith(() -> new TimeoutException("No answer from Lusha within " + attemptTimeout.toMillis() + " ms"));
    }
}
