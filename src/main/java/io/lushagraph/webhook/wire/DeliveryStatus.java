package io.lushagraph.webhook.wire;

/**
 * The outcome of one delivery attempt in Lusha's audit log, as filtered by {@code GET /api/audit-logs?status=}.
 */
public enum DeliveryStatus {
    SUCCESS("success"),
    FAILED("failed"),
    PERMANENT_FAILURE("permanent_failure");

    private final String wire;

    DeliveryStatus(String wire) {
        this.wire = wire;
    }

    /** The value as it appears in Lusha's query string. */
    @Override
    public String toString() {
        return wire;
    }
}
