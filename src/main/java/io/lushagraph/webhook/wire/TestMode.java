package io.lushagraph.webhook.wire;

/**
 * How far a test delivery goes: {@code direct} checks the URL only, {@code kafka} the fan-out handler only,
 * {@code full} (Lusha's default) the whole pipeline.
 */
public enum TestMode {
    DIRECT("direct"),
    KAFKA("kafka"),
    FULL("full");

    private final String wire;

    TestMode(String wire) {
        this.wire = wire;
    }

    /** The value as it appears in Lusha's query string. */
    @Override
    public String toString() {
        return wire;
    }
}
