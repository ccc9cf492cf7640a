package io.lushagraph.batch;

import io.lushagraph.upstream.GatewayException;

/**
 * The outcome of one key in a bulk call: a value, nothing found ({@code value} and {@code error} both null), or a
 * per-item error; and whether Lusha charged a credit for it.
 */
public record KeyResult<V>(V value, GatewayException error, boolean creditCharged) {

    public static <V> KeyResult<V> found(V value, boolean creditCharged) {
        return new KeyResult<>(value, null, creditCharged);
    }

    public static <V> KeyResult<V> missing() {
        return new KeyResult<>(null, null, false);
    }

    public static <V> KeyResult<V> failed(GatewayException error) {
        return new KeyResult<>(null, error, false);
    }
}
