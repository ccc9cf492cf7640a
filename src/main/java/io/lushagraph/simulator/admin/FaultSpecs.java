package io.lushagraph.simulator.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.lushagraph.simulator.gate.Fault;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;

/** Checks a posted fault before it is queued. */
final class FaultSpecs {

    static final int MAX_LATENCY_MS = 60_000;

    private FaultSpecs() {
    }

    static Fault validate(Fault fault) {
        List<String> errors = new ArrayList<>();
        if (fault.endpoint() != null && SimEndpoint.byKey(fault.endpoint()).isEmpty()) {
            errors.add("endpoint must be one of: "
                    + String.join(", ", Arrays.stream(SimEndpoint.values()).map(SimEndpoint::key).toList()));
        }
        if (fault.status() != null && (fault.status() < 400 || fault.status() > 599)) {
            errors.add("status must be from 400 to 599");
        }
        if (fault.count() != null && fault.count() < 1) {
            errors.add("count must be at least 1");
        }
        if (fault.latencyMs() != null && (fault.latencyMs() < 0 || fault.latencyMs() > MAX_LATENCY_MS)) {
            errors.add("latencyMs must be from 0 to " + MAX_LATENCY_MS);
        }
        if (fault.status() == null && fault.latencyMs() == null && !fault.drops()) {
            errors.add("a fault needs a status, a drop or a latencyMs");
        }
        if (fault.status() != null && fault.drops()) {
            errors.add("a fault either answers a status or drops the connection, not both");
        }
        if (fault.strikesAfter() && fault.status() == null && !fault.drops()) {
            errors.add("after needs a status or drop: true");
        }
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
        return fault;
    }
}
