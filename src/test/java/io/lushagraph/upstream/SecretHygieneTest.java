package io.lushagraph.upstream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.reveal.EnrichmentCaches;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The Lusha key and contact data never reach a log line, an error message or a metric. */
@QuarkusTest
class SecretHygieneTest {

    private static final String LUSHA_KEY = "sim-key";

    @Inject
    EnrichmentCaches caches;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Simulator.reset();
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        Logger.getLogger("io.lushagraph").setLevel(Level.FINEST);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("io.lushagraph").setLevel(Level.INFO);
    }

    @Test
    void failingAndSucceedingLookupsLeakNothing() {
        List<Map<String, String>> people = Simulator.people(3, 12_000);
        Map<String, Object> lookup = Map.of("lookups", people.stream()
                .map(p -> Map.<String, Object> of("email", p.get("email") == null ? p.get("linkedinUrl") : p.get("email")))
                .toList());
        String query = "query($lookups: [PersonLookup!]!) { persons(lookups: $lookups) { person { id emails { address } } error { code message } } }";

        JsonPath ok = GraphQL.ok(query, lookup);
        for (int status : new int[] { 401, 403, 500, 503 }) {
            // the same people again would be answered from the enrichment cache, with no call to fail
            caches.clear();
            Simulator.fault(Map.of("endpoint", "POST /v2/person", "status", status, "count", 3));
            JsonPath failed = GraphQL.ok(query, lookup);
            assertThat(failed.getString("data.persons[0].error.message")).doesNotContain(LUSHA_KEY);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(ok.getList("data.persons.person.id")).doesNotContainNull();
        assertThat(lines).noneMatch(line -> line.contains(LUSHA_KEY));
        for (Map<String, String> p : people) {
            if (p.get("email") != null) {
                assertThat(lines).noneMatch(line -> line.contains(p.get("email")));
                assertThat(metrics).doesNotContain(p.get("email"));
            }
        }
        assertThat(metrics).doesNotContain(LUSHA_KEY).contains("lusha_upstream_requests");
    }
}
