package io.lushagraph.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With an exporter configured, a GraphQL request and the Lusha call it makes are spans of one trace. */
@QuarkusTest
@TestProfile(TracingTest.WithExporter.class)
class TracingTest {

    /** Turns the SDK on and exports to the in-memory exporter below. */
    public static class WithExporter implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "cdi",
                    "quarkus.otel.bsp.schedule.delay", "10ms");
        }
    }

    /** Keeps the finished spans in memory. */
    @ApplicationScoped
    public static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theGraphQLRequestAndItsLushaCallShareATrace() {
        Simulator.reset();
        String id = Simulator.people(1, 17_000).get(0).get("id");
        spans.reset();

        GraphQL.ok("query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id } } }",
                Map.of("l", List.of(Map.of("id", id))));

        await().atMost(Duration.ofSeconds(10)).until(() -> client(spans.getFinishedSpanItems()) != null
                && server(spans.getFinishedSpanItems(), "/graphql") != null);
        List<SpanData> finished = spans.getFinishedSpanItems();
        SpanData graphql = server(finished, "/graphql");
        SpanData lusha = client(finished);
        assertThat(lusha.getTraceId()).isEqualTo(graphql.getTraceId());
        assertThat(lusha.getName()).contains("POST");
        assertThat(finished).noneMatch(span -> span.getAttributes().toString().contains("sim-key"));
    }

    private static SpanData client(List<SpanData> spans) {
        return spans.stream().filter(s -> s.getKind() == SpanKind.CLIENT
                && s.getAttributes().toString().contains("/v2/person")).findFirst().orElse(null);
    }

    private static SpanData server(List<SpanData> spans, String path) {
        return spans.stream().filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains(path)).findFirst()
                .orElse(null);
    }
}
