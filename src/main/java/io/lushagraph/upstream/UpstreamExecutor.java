package io.lushagraph.upstream;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * The one place every Lusha call goes through: it hands the account's key to the typed REST client, records the
 * quota headers per account, counts calls by endpoint and status and batch sizes by endpoint, and turns every
 * failure into a typed {@link GatewayException}. Pacing, retries and circuit breaking attach in {@link #guarded}.
 */
@ApplicationScoped
public class UpstreamExecutor {

    private final QuotaRegistry quotas;
    private final MeterRegistry meters;
    private final UpstreamGuard guard;
    private final UnknownOutcomes unknownOutcomes;

    public UpstreamExecutor(QuotaRegistry quotas, MeterRegistry meters, UpstreamGuard guard,
            UnknownOutcomes unknownOutcomes) {
        this.quotas = quotas;
        this.meters = meters;
        this.guard = guard;
        this.unknownOutcomes = unknownOutcomes;
    }

    /**
     * Calls one Lusha endpoint.
     *
     * @param account whose key and quota the call uses
     * @param endpoint which endpoint is called, for metrics, error mapping, pacing, retries and its circuit breaker
     * @param batchSize how many items the call carries (1 for single lookups)
     * @param invocation calls the REST client with the key it is given
     * @return the response entity, or a failure holding a {@link GatewayException}
     */
    public <T> Uni<T> call(LushaAccount account, LushaEndpoint endpoint, int batchSize,
            Function<String, Uni<RestResponse<T>>> invocation) {
        return call(account, endpoint, batchSize, invocation, true);
    }

    /**
     * Calls one Lusha endpoint with one attempt and no retry, under every other policy of {@link #call}: for a read
     * that traffic from outside (such as a webhook delivery) can cause, whose sender retries on its own, so that a
     * flood of such traffic never makes more calls than it asks for.
     */
    public <T> Uni<T> callOnce(LushaAccount account, LushaEndpoint endpoint,
            Function<String, Uni<RestResponse<T>>> invocation) {
        return call(account, endpoint, 1, invocation, false);
    }

    private <T> Uni<T> call(LushaAccount account, LushaEndpoint endpoint, int batchSize,
            Function<String, Uni<RestResponse<T>>> invocation, boolean retried) {
        Supplier<Uni<RestResponse<T>>> attempt = () -> Uni.createFrom()
                .deferred(() -> invocation.apply(account.apiKey()))
                .onItem().invoke(response -> observe(account, endpoint, batchSize, response.getStatus(),
                        LushaErrorMapper.lowerCaseHeaders(response.getStringHeaders())))
                .onFailure(LushaApiException.class).invoke(f -> {
                    LushaApiException api = (LushaApiException) f;
                    observe(account, endpoint, batchSize, api.status(), api.headers());
                });
        return (retried ? guarded(account, endpoint, attempt) : guard.guardOnce(account, endpoint, attempt))
                .onFailure().transform(failure -> {
                    GatewayException mapped = UpstreamErrors.map(failure, endpoint);
                    if (!(failure instanceof LushaApiException) && !(failure instanceof GatewayException)) {
                        countCall(endpoint, "error");
                    }
                    Log.debugf("Lusha %s for %s failed: %s", endpoint.key(), account, mapped.code());
                    // a state-changing call's unknown outcome costs no credit: its caller reconciles it at once
                    if (mapped.code() == ErrorCode.UPSTREAM_OUTCOME_UNKNOWN && endpoint.kind() == LushaEndpoint.Kind.CREDIT) {
                        unknownOutcomes.record(account, endpoint, batchSize);
                    }
                    return mapped;
                })
                .map(RestResponse::getEntity);
    }

    /** Where the policies that protect the account wrap each attempt: see {@link UpstreamGuard}. */
    <T> Uni<T> guarded(LushaAccount account, LushaEndpoint endpoint, Supplier<Uni<T>> attempt) {
        return guard.guard(account, endpoint, attempt);
    }

    private void observe(LushaAccount account, LushaEndpoint endpoint, int batchSize, int status,
            Map<String, String> headers) {
        quotas.record(account, headers);
        countCall(endpoint, Integer.toString(status));
        DistributionSummary.builder("lusha.upstream.batch.size")
                .description("Items carried by one Lusha call")
                .tag("endpoint", endpoint.key())
                .register(meters)
                .record(batchSize);
    }

    private void countCall(LushaEndpoint endpoint, String status) {
        Counter.builder("lusha.upstream.requests")
                .description("Calls made to Lusha")
                .tag("endpoint", endpoint.key())
                .tag("status", status)
                .register(meters)
                .increment();
    }
}
