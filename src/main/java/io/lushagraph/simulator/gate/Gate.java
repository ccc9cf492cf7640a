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
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * What every simulated Lusha request goes through, in order: counted in the stats, an injected fault (latency,
 * then status), the {@code api_key} check, the account quotas, the endpoint's rate limit, then the handler. Every
 * answer carries the nine quota headers.
 */
@Singleton
public class Gate {

    private final SimulatorStats stats;
    private final FaultRegistry faults;
    private final QuotaWindows quotas;
    private final RateLimiter limiter;
    private final Vertx vertx;
    private final List<byte[]> apiKeys;

    public Gate(SimulatorStats stats, FaultRegistry faults, QuotaWindows quotas, RateLimiter limiter, Vertx vertx,
            LushaConfig config) {
        this.stats = stats;
        this.faults = faults;
        this.quotas = quotas;
        this.limiter = limiter;
        this.vertx = vertx;
        this.apiKeys = Stream.concat(Stream.of(config.simulator().apiKey()),
                config.simulator().extraApiKeys().orElse(List.of()).stream())
                .map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Runs a request to {@code endpoint} through the pipeline; {@code handler} runs only if everything admits it. */
    public Uni<Response> pass(SimEndpoint endpoint, String givenKey, Supplier<SimReply> handler) {
        stats.countRequest(endpoint);
        Optional<Fault> fault = faults.take(endpoint);
        int latency = fault.map(Fault::latencyMs).orElse(0);
        Uni<Void> start = latency > 0 ? delay(latency) : Uni.createFrom().voidItem();
        return start.map(ignored -> respond(decide(endpoint, fault, givenKey, handler)));
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

    private SimReply decide(SimEndpoint endpoint, Optional<Fault> fault, String givenKey,
            Supplier<SimReply> handler) {
        if (fault.isPresent() && fault.get().status() != null) {
            return faultReply(fault.get());
        }
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

    private SimReply faultReply(Fault fault) {
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
