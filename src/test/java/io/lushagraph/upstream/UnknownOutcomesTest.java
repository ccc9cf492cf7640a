package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** UP-04's record: a credit-spending call with an unknown outcome is stored for reconciliation, never retried. */
@QuarkusTest
class UnknownOutcomesTest {

    @Inject
    UnknownOutcomes outcomes;

    @Test
    void aGatewayTimeoutOnARevealIsRecordedOnceAndNotRetried() throws Exception {
        Simulator.reset();
        int before = outcomes.open();
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "status", 504, "count", 3));
        String id = Simulator.people(1, 16_000).get(0).get("id");

        JsonPath answer = GraphQL.ok("query($l: [PersonLookup!]!) { persons(lookups: $l) { error { code } } }",
                Map.of("l", List.of(Map.of("id", id))));

        assertThat(answer.getString("data.persons[0].error.code")).isEqualTo("UPSTREAM_OUTCOME_UNKNOWN");
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.open() == before + 1);
    }
}
