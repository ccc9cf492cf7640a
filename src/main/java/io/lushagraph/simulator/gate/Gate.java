package io.lushagraph.simulator.gate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.lushagraph.config.LushaConfig;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * What every simulated Lusha request goes through, in order: counted in the stats, an injected fault (latency,
 * then status or a dropped connection), the {@code api_key} check, the account quotas, the endpoint's rate limit,
 * then the handler. A fault marked {@code after} strikes once the handler has done its work, as when Lusha fails
 * after it has made a change. Every answer carries the nine quota headers.
 */
@Singleton
public class Gate {

    private final SimulatorStats stats;
    private final FaultRegistry faults;
    private final QuotaWindows quotas;
    private final RateLimiter limiter;
    private final Vertx vertx;
    private final CurrentVertxRequest http;
    private final List<byte[]> apiKeys;

    public Gate(SimulatorStats stats, FaultRegistry faults, QuotaWindows quotas, RateLimiter limiter, Vertx vertx,
            CurrentVertxRequest http, LushaConfig config) {
        this.stats = stats;
        this.faults = faults;
        this.quotas = quotas;
        this.limiter = limiter;
        this.vertx = vertx;
        this.http = http;
        this.apiKeys = Stream.concat(Stream.of(config.simulator().apiKey()),
                config.simulator().extraApiKeys().orElse(List.of()).stream())
                .map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Runs a request to {@code endpoint} through the pipeline; {@code handler} runs only if everything admits it. */
    public Uni<Response> pass(SimEndpoint endpoint, String givenKey, Supplier<SimReply> handler) {
        stats.countRequest(endpoint);
        Optional<Fault> fault = faults.take(endpoint);
        RoutingContext dropped = fault.filter(Fault::drops).isPresent() ? http.getCurrent() : null;
        int latency = fault.map(Fault::latencyMs).orElse(0);
        Uni<Void> start = latency > 0 ? delay(latency) : Uni.createFrom().voidItem();
        return start.map(ignored -> {
            SimReply reply = decide(endpoint, fault.filter(Fault::fails), givenKey, handler);
            if (dropped != null) {
                // no answer at all: the caller cannot tell whether the work was done
                dropped.request().connection().close();
            }
            return respond(reply);
        });
    }

    // Every key is compared, so timing does not tell which matched.
    private boolean accepted(String givenKey) {
        if (givenKey == null) {
            return false;
        }
        byte[] given = givenKey.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : apiKeys) {
            match |= MessageDigest.isEqual(key, given);
        }
        return match;
    }

    private SimReply decide(SimEndpoint endpoint, Optional<Fault> failing, String givenKey,
            Supplier<SimReply> handler) {
        if (failing.isPresent() && !failing.get().strikesAfter()) {
            return faultReply(failing.get());
        }
        SimReply done = admitted(endpoint, givenKey, handler);
        return failing.isPresent() ? faultReply(failing.get()) : done;
    }

    private SimReply admitted(SimEndpoint endpoint, String givenKey, Supplier<SimReply> handler) {
        if (!accepted(givenKey)) {
            return SimReply.error(401, ErrorBody.canonicalMessage(401));
        }
        Optional<Throttle> throttle = quotas.tryAcquire().or(() -> limiter.tryAcquire(endpoint));
        if (throttle.isPresent()) {
            stats.countRateLimited();
            return throttle.get().reply();
        }
        return handle(endpoint, handler);
    }

    private static SimReply handle(SimEndpoint endpoint, Supplier<SimReply> handler) {
        try {
            return handler.get();
        } catch (RequestRejected rejected) {
            return rejected.reply();
        } catch (RuntimeException failure) {
            Log.errorf(failure, "Simulated %s failed", endpoint.key());
            return SimReply.error(500, ErrorBody.canonicalMessage(500));
        }
    }

    // A dropped connection answers nothing; the reply built for it is never read.
    private SimReply faultReply(Fault fault) {
        if (fault.drops()) {
            return SimReply.error(500, ErrorBody.canonicalMessage(500));
        }
        SimReply reply = SimReply.error(fault.status(), fault.effectiveMessage());
        if (fault.status() != 429 || !fault.withRateLimitHeaders()) {
            return reply;
        }
        long limit = limiter.perSecond() > 0 ? limiter.perSecond() : 25;
        return new SimReply(429, reply.body(), Throttle.headers(limit, 1));
    }

    private Response respond(SimReply reply) {
        Response.ResponseBuilder response = Response.status(reply.status()).entity(reply.body())
                .type(MediaType.APPLICATION_JSON_TYPE);
        reply.headers().forEach(response::header);
        for (Map.Entry<String, String> header : quotas.headers().entrySet()) {
            response.header(header.getKey(), header.getValue());
        }
        return response.build();
    }

    private Uni<Void> delay(long millis) {
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(millis, id -> emitter.complete(null)));
    }
}
