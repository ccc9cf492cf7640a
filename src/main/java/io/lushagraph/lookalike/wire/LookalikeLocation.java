package io.lushagraph.lookalike.wire;

/**
 * Where a lookalike contact or company is; every part may be {@code null}.
 */
public record LookalikeLocation(String country, String state, String city) {
}
