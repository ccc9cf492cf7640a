package io.lushagraph.signal.wire;

/**
 * The entity kinds Lusha's signal options endpoint knows, written in the path as {@code contact} or {@code company}.
 */
public enum SignalObjectType {
    CONTACT("contact"),
    COMPANY("company");

    private final String wire;

    SignalObjectType(String wire) {
        this.wire = wire;
    }

    /** The value as it appears in Lusha's path. */
    @Override
    public String toString() {
        return wire;
    }
}
