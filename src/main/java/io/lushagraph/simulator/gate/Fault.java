package io.lushagraph.simulator.gate;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An injected fault, as posted to and listed by {@code /lusha-sim/_admin/faults}. Every part is optional: no
 * {@code endpoint} means every endpoint, no {@code count} means until cleared, no {@code status} means only latency.
 * {@code rateLimitHeaders: false} leaves the {@code RateLimit-*} headers out of an injected 429, as a 429 that says
 * nothing of its reset. {@code drop: true} closes the connection with no answer instead of a status.
 * {@code after: true} lets the request do its work first (auth, limits and the handler run as usual) and then
 * answers the fault's status or drops the connection, as when Lusha fails after it has made the change.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(String endpoint, Integer status, String message, Integer count, Integer latencyMs,
        Boolean rateLimitHeaders, Boolean after, Boolean drop) {

    /** Whether the request's work is done before the fault strikes. */
    public boolean strikesAfter() {
        return Boolean.TRUE.equals(after);
    }

    /** Whether the connection is closed with no answer. */
    public boolean drops() {
        return Boolean.TRUE.equals(drop);
    }

    /** Whether the fault ends the request (a status or a drop) rather than only delaying it. */
    boolean fails() {
        return status != null || drops();
    }

    boolean matches(SimEndpoint target) {
        return endpoint == null || endpoint.equals(target.key());
    }

    /** The message to answer with: the one given, else Lusha's canonical one for the status. */
    public String effectiveMessage() {
        return message != null ? message : ErrorBody.canonicalMessage(status);
    }

    /** Whether an injected 429 carries the {@code RateLimit-*} headers (it does unless told not to). */
    boolean withRateLimitHeaders() {
        return !Boolean.FALSE.equals(rateLimitHeaders);
    }

    Fault withCount(Integer remaining) {
        return new Fault(endpoint, status, message, remaining, latencyMs, rateLimitHeaders, after, drop);
    }
}
