package io.lushagraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;

/** Why one item of a list lookup failed, while its siblings may have succeeded. */
@Type("LookupError")
@Description("Why one item of a list lookup failed; the other items are unaffected.")
public record LookupError(
        @NonNull @Description("Stable error code to match on.") ErrorCode code,
        @NonNull @Description("Human-readable explanation; never contains keys or contact data.") String message) {

    public static LookupError of(GatewayException e) {
        return new LookupError(e.code(), e.getMessage());
    }
}
