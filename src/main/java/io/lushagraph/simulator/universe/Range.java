package io.lushagraph.simulator.universe;

/** An inclusive range Lusha reports as {@code [min, max]}: a company-size or revenue bucket. */
public record Range(long min, long max) {
}
