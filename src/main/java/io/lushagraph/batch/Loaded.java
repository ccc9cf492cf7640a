package io.lushagraph.batch;

import io.lushagraph.upstream.GatewayException;

/** What a requester gets back for one key: the value or error, and the id of the upstream call that served it. */
public record Loaded<V>(V value, GatewayException error, long callId) {
}
