package io.lushagraph.batch;

import io.lushagraph.upstream.GatewayException;

/**
 * What a requester gets back for one key: the value or error, the id of the upstream call that served it, and
 * whether Lusha may have charged this requester for it (it initiated the lookup, and Lusha charged or the outcome of
 * the call is unknown). A requester that joined another's lookup in flight is never charged.
 */
public record Loaded<V>(V value, GatewayException error, long callId, boolean mayBeCharged) {
}
