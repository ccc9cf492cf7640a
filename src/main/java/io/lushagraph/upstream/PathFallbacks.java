package io.lushagraph.upstream;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Calls an operation that Lusha publishes under two paths: the preferred one first and, when a Lusha account answers
 * it with 404 (the route is not served there), the other one. The answer is remembered per account, so later calls
 * of that account go straight to the fallback path: one lookup makes at most the one 404 probe and the fallback call,
 * never both paths again. Each switch is counted in {@code lusha_upstream_path_fallbacks_total}. Memory lasts for the
 * life of the process ({@link #reset()} forgets it).
 *
 * <p>
 * Only use this for operations on which a 404 cannot mean "not found" for the data sent: for example
 * {@code searchMultipleCompaniesV2}, whose documented answers are 200, 400, 401, 429 and 500, and whose unmatched
 * companies are simply absent from the 200 answer.
 */
@ApplicationScoped
public class PathFallbacks {

    private final UpstreamExecutor upstream;
    private final MeterRegistry meters;
    private final Set<String> fellBack = ConcurrentHashMap.newKeySet();

    public PathFallbacks(UpstreamExecutor upstream, MeterRegistry meters) {
        this.upstream = upstream;
        this.meters = meters;
    }

    /**
     * Calls {@code preferred}, or {@code fallback} when the account is known not to serve the preferred path or
     * answers it with 404 now.
     *
     * @param account whose key, quota and memory the call uses
     * @param preferred the endpoint tried first
     * @param fallback the same operation under its other path
     * @param batchSize how many items the call carries
     * @param preferredCall calls the REST client's method for {@code preferred} with the key it is given
     * @param fallbackCall calls the REST client's method for {@code fallback} with the key it is given
     * @return the answer of whichever path served the call, or the failure of the last call made
     */
    public <T> Uni<T> call(LushaAccount account, LushaEndpoint preferred, LushaEndpoint fallback, int batchSize,
            Function<String, Uni<RestResponse<T>>> preferredCall,
            Function<String, Uni<RestResponse<T>>> fallbackCall) {
        if (usesFallback(account, preferred)) {
            return upstream.call(account, fallback, batchSize, fallbackCall);
        }
        AtomicBoolean pathMissing = new AtomicBoolean();
        Function<String, Uni<RestResponse<T>>> probing = key -> preferredCall.apply(key)
                .onFailure(LushaApiException.class)
                .invoke(failure -> pathMissing.compareAndSet(false, ((LushaApiException) failure).status() == 404));
        return upstream.call(account, preferred, batchSize, probing)
                .onFailure(failure -> pathMissing.get())
                .recoverWithUni(() -> {
                    remember(account, preferred, fallback);
                    return upstream.call(account, fallback, batchSize, fallbackCall);
                });
    }

    /** Whether calls of this account to {@code preferred} go to its fallback path. */
    public boolean usesFallback(LushaAccount account, LushaEndpoint preferred) {
        return fellBack.contains(memoryKey(account, preferred));
    }

    /** Forgets every remembered fallback: the next call of each account probes the preferred path again. */
    public void reset() {
        fellBack.clear();
    }

    private void remember(LushaAccount account, LushaEndpoint preferred, LushaEndpoint fallback) {
        if (fellBack.add(memoryKey(account, preferred))) {
            Log.infof("Lusha answered %s with 404 for %s; its calls use %s from now on", preferred.key(), account,
                    fallback.key());
        }
        meters.counter("lusha.upstream.path.fallbacks", "endpoint", preferred.key(), "fallback", fallback.key(),
                "account", account.id()).increment();
    }

    private static String memoryKey(LushaAccount account, LushaEndpoint preferred) {
        return account.id() + '\u0000' + preferred.name();
    }
}
