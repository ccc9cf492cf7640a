package io.lushagraph.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Metrics;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With no exporter configured (the test profile's case, and production's default), the OpenTelemetry SDK is off:
 * samples on {@code /q/metrics} carry no exemplar, as no span is current when they are recorded.
 */
@QuarkusTest
class TracingOffTest {

    @Test
    void metricsCarryNoExemplarsWithoutAnExporter() {
        Simulator.reset();
        String id = Simulator.people(1, 17_200).get(0).get("id");

        GraphQL.ok("query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id } } }",
                Map.of("l", List.of(Map.of("id", id))));

        assertThat(Metrics.page()).contains("lusha_upstream_requests_total{").doesNotContain("trace_id=");
    }
}
