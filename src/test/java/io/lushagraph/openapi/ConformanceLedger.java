package io.lushagraph.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the conformance check has seen since it last reported: every exchange with the simulator is kept as it
 * happens and validated between tests (never on the event loop that carried it, never while a test runs), each
 * violation is excused by the known-defects file or kept as unexcused, and {@link #drain()} hands over the lot and
 * starts afresh. One ledger per running
 * application (its class loader), shared by the recording filter and the after-all check.
 */
public final class ConformanceLedger {

    /** What was seen between two drains. {@code unexcused} holds one example per kind of violation. */
    public record Findings(int exchanges, Map<String, Integer> excused, Map<String, Violation> unexcused,
            Map<String, Integer> unexcusedCounts, List<String> errors) {

        public boolean clean() {
            return unexcused.isEmpty() && errors.isEmpty();
        }

        /** A report: what was excused by which entry, and each unexcused violation with how often it was seen. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            text.append(exchanges).append(" exchanges validated against Lusha's OpenAPI\n");
            excused.forEach((id, n) -> text.append("  excused by ").append(id).append(": ").append(n).append('\n'));
            unexcused.forEach((kind, v) -> text.append("  VIOLATION (").append(unexcusedCounts.get(kind))
                    .append("x) ").append(v.describe()).append('\n'));
            errors.forEach(e -> text.append("  ERROR ").append(e).append('\n'));
            return text.toString();
        }
    }

    private static final Queue<Exchange> PENDING = new ConcurrentLinkedQueue<>();

    private static LushaOpenApi api;
    private static KnownDefects defects;

    private static int exchanges;
    private static Map<String, Integer> excused = new TreeMap<>();
    private static Map<String, Violation> unexcused = new LinkedHashMap<>();
    private static Map<String, Integer> unexcusedCounts = new TreeMap<>();
    private static List<String> errors = new ArrayList<>();

    private ConformanceLedger() {
    }

    /** Keeps an exchange for validation; returns at once, on whatever thread carried it. */
    public static void submit(Exchange exchange) {
        PENDING.add(exchange);
    }

    /**
     * Validates every exchange kept so far, on the calling thread. Called between tests, so that the validation's
     * CPU never competes with a test's own work (this machine has two cores and some tests count on timing).
     */
    public static synchronized void validatePending() {
        Exchange exchange;
        while ((exchange = PENDING.poll()) != null) {
            check(exchange);
        }
    }

    private static void check(Exchange exchange) {
        try {
            if (api == null) {
                defects = KnownDefects.load();
                api = LushaOpenApi.load(defects);
            }
            exchanges++;
            for (Violation violation : api.validate(exchange)) {
                String excuse = defects.excuse(violation).orElse(null);
                if (excuse != null) {
                    excused.merge(excuse, 1, Integer::sum);
                } else {
                    unexcused.putIfAbsent(violation.kind(), violation);
                    unexcusedCounts.merge(violation.kind(), 1, Integer::sum);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            if (errors.size() < 10) {
                errors.add(exchange.endpoint() + ": " + e);
            }
        }
    }

    /** Validates what is still kept, then hands over what was seen and starts afresh. */
    public static synchronized Findings drain() {
        validatePending();
        Findings findings = new Findings(exchanges, excused, unexcused, unexcusedCounts, errors);
        exchanges = 0;
        excused = new TreeMap<>();
        unexcused = new LinkedHashMap<>();
        unexcusedCounts = new TreeMap<>();
        errors = new ArrayList<>();
        return findings;
    }
}
