package io.lushagraph.upstream;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;

/**
 * A SmallRye Fault Tolerance circuit breaker and bulkhead per Lusha endpoint. Only 5xx answers, timeouts and
 * connect failures count as failures; an open breaker fails calls with {@code UPSTREAM_UNAVAILABLE} and no call to
 * Lusha until {@code breaker.delay} has passed and a probe succeeds.
 */
@ApplicationScoped
public class EndpointBreakers {

    private final GatewayConfig.Upstream config;
    private final Map<LushaEndpoint, TypedGuard<Uni<Object>>> guards = new ConcurrentHashMap<>();
    private final Map<LushaEndpoint, CircuitBreakerState> states = new ConcurrentHashMap<>();

    public EndpointBreakers(GatewayConfig config) {
        this.config = config.upstream();
    }

    /** Runs one attempt through the endpoint's breaker and bulkhead. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> guard(LushaEndpoint endpoint, Supplier<Uni<T>> attempt) {
        TypedGuard<Uni<Object>> guard = guards.computeIfAbsent(endpoint, this::build);
        Uni<Object> guarded = Uni.createFrom().deferred(() -> guard.get(() -> (Uni<Object>) attempt.get()));
        return (Uni<T>) guarded.onFailure(CircuitBreakerOpenException.class)
                .transform(open -> GatewayException.of(ErrorCode.UPSTREAM_UNAVAILABLE,
                        "Lusha's " + endpoint.key() + " keeps failing; calls to it pause for a while"))
                .onFailure(BulkheadException.class)
                .transform(full -> GatewayException.of(ErrorCode.UPSTREAM_UNAVAILABLE,
                        "Too many calls to Lusha's " + endpoint.key() + " are waiting"));
    }

    /** Closes every breaker and empties every bulkhead's record. */
    public void reset() {
        guards.clear();
        states.clear();
    }

    /** The endpoints whose breaker is open or half-open now, by their {@code METHOD /path}. */
    public Map<String, String> notClosed() {
        Map<String, String> notClosed = new TreeMap<>();
        states.forEach((endpoint, state) -> {
            if (state != CircuitBreakerState.CLOSED) {
                notClosed.put(endpoint.key(), state.name());
            }
        });
        return notClosed;
    }

    /** Whether a failure says Lusha or the way to it is failing, as opposed to a refusal of this request. */
    static boolean countsAsFailure(Throwable failure) {
        UpstreamFailure read = UpstreamFailure.of(failure);
        return switch (read.transport()) {
            case ANSWERED -> read.status() >= 500;
            case CONNECT_FAILED, READ_TIMEOUT, RESET_AFTER_SEND -> true;
            case OTHER -> false;
        };
    }

    private TypedGuard<Uni<Object>> build(LushaEndpoint endpoint) {
        return TypedGuard.create(new TypeLiteral<Uni<Object>>() {
        })
                .withDescription("lusha " + endpoint.key())
                .withCircuitBreaker()
                .requestVolumeThreshold(config.breaker().requestVolume())
                .failureRatio(config.breaker().failureRatio())
                .delay(config.breaker().delay().toMillis(), ChronoUnit.MILLIS)
                .when(EndpointBreakers::countsAsFailure)
                .onStateChange(state -> {
                    states.put(endpoint, state);
                    Log.infof("Circuit of Lusha %s is %s", endpoint.key(), state);
                })
                .done()
                .withBulkhead()
                .limit(config.bulkhead().maxConcurrent())
                .queueSize(config.bulkhead().queue())
                .done()
                .build();
    }
}
