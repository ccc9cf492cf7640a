package io.lushagraph.simulator.universe;

import java.util.List;

/** Lusha's company size (getCompanySizes) and revenue (getCompanyRevenues) buckets, smallest first. */
final class Buckets {

    /** Employee-count buckets; the open-ended last bucket is capped at ten million as in Lusha's examples. */
    static final List<Range> SIZES = List.of(new Range(1, 10), new Range(11, 50), new Range(51, 200),
            new Range(201, 500), new Range(501, 1000), new Range(1001, 5000), new Range(5001, 10000),
            new Range(10001, 10_000_000));

    /** Revenue buckets in USD. */
    static final List<Range> REVENUES = List.of(new Range(1, 1_000_000), new Range(1_000_001, 5_000_000),
            new Range(5_000_001, 10_000_000), new Range(10_000_001, 50_000_000), new Range(50_000_001, 100_000_000),
            new Range(100_000_001, 250_000_000), new Range(250_000_001, 500_000_000),
            new Range(500_000_001, 1_000_000_000), new Range(1_000_000_001, 10_000_000_000L));

    private Buckets() {
    }
}
