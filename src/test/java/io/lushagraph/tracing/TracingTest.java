package io.lushagraph.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Metrics;
import io.lushagraph.Simulator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With an exporter configured, a GraphQL operation and the Lusha call it makes are spans of one trace, no span
 * carries a key or contact data, and the application's meters are still on {@code /q/metrics}.
 */
@QuarkusTest
@TestProfile(TracingTest.WithExporter.class)
class TracingTest {

    static final String PERSON_BULK = "POST /v2/person";

    /** Turns the SDK on; the in-memory exporter below, a CDI {@code SpanExporter}, replaces OTLP. */
    public static class WithExporter implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "10ms");
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

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void aGraphQLOperationAndItsLushaCallShareATrace() {
        Map<String, String> person = Simulator.people(1, 17_000).get(0);
        double calls = Metrics.sum("lusha_upstream_requests_total", Map.of("endpoint", PERSON_BULK));
        spans.reset();

        GraphQL.ok("query Reveal($l: [PersonLookup!]!) { persons(lookups: $l) { person { id emails { address } } } }",
                Map.of("l", List.of(Map.of("id", person.get("id")))));

        await().atMost(Duration.ofSeconds(10)).until(() -> graphql().isPresent() && lushaCall().isPresent());
        SpanData graphql = graphql().orElseThrow();
        SpanData lusha = lushaCall().orElseThrow();
        assertThat(graphql.getAttributes().get(AttributeKey.stringKey("graphql.operationType"))).isEqualTo("QUERY");
        assertThat(lusha.getName()).isEqualTo(PERSON_BULK);
        assertThat(lusha.getTraceId()).isEqualTo(graphql.getTraceId());
        assertThat(lusha.getParentSpanId()).isEqualTo(graphql.getSpanId());
        assertThat(Metrics.sum("lusha_upstream_requests_total", Map.of("endpoint", PERSON_BULK)) - calls)
                .isEqualTo(1);
        assertThat(Metrics.page()).as("samples recorded inside the operation link to its trace")
                .contains("trace_id=\"" + graphql.getTraceId() + "\"");
    }

    @Test
    void noSpanCarriesAKeyOrContactData() {
        Map<String, String> person = Simulator.people(1, 17_100).get(0);
        spans.reset();

        GraphQL.ok("query($e: String!) { person(lookup: { email: $e }) { id emails { address } phones { number } } }",
                Map.of("e", person.get("email")));
        given().header("Authorization", "Bearer " + GraphQL.ACME_KEY)
                .queryParam("query", "{ me { tenant } } # " + person.get("email")).get("/graphql");

        await().atMost(Duration.ofSeconds(10)).until(() -> lushaCall().isPresent() && graphqlGet().isPresent());
        List<SpanData> finished = spans.getFinishedSpanItems();
        assertThat(graphqlGet().orElseThrow().getAttributes().get(AttributeKey.stringKey("url.query")))
                .isEqualTo("redacted");
        assertThat(finished).isNotEmpty().allSatisfy(span -> assertThat(span.getAttributes().toString())
                .doesNotContain("sim-key").doesNotContain("acme-test-key").doesNotContain("@")
                .doesNotContain(person.get("email")));
    }

    private Optional<SpanData> graphql() {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getName().startsWith("GraphQL")).findFirst();
    }

    private Optional<SpanData> graphqlGet() {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.SERVER
                && s.getName().equals("GET /graphql")).findFirst();
    }

    private Optional<SpanData> lushaCall() {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.CLIENT && s.getAttributes().toString().contains("/v2/person"))
                .findFirst();
    }

}
