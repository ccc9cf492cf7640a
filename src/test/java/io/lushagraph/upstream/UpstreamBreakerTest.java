package io.lushagraph.upstream;

import static io.lushagraph.upstream.Lookups.PERSON_BULK;
import static io.lushagraph.upstream.Lookups.USAGE;
import static io.lushagraph.upstream.Lookups.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Failing fast without calling Lusha (RELIABILITY UP-03, 07, 09): an endpoint's open circuit, an account out of
 * credits, an account whose daily quota is used up.
 */
@QuarkusTest
class UpstreamBreakerTest {

    private List<String> ids;

    @BeforeEach
    void reset() {
        Simulator.reset();
        ids = Lookups.ids(12, 13_000);
    }

    @Test
    void up07PersistentFailuresOpenTheEndpointsCircuitUntilAProbeSucceeds() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", 503));

        assertThat(code(Lookups.person(ids.get(0)))).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(3);
        assertThat(code(Lookups.person(ids.get(1)))).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(4);
        for (int i = 2; i < 7; i++) {
            JsonPath failed = Lookups.person(ids.get(i));
            assertThat(code(failed)).isEqualTo("UPSTREAM_UNAVAILABLE");
            assertThat(failed.getString("errors[0].message")).contains("keeps failing");
        }
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(4);
        assertThat(Lookups.usage().getList("errors")).as("other endpoints stay closed").isNull();

        Simulator.clearFaults();
        awaitServed(ids.get(7));

        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(5);
        assertThat(Lookups.person(ids.get(8)).getString("data.person.id")).isEqualTo(ids.get(8));
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(6);
    }

    @Test
    void fourHundredsNeverOpenTheCircuit() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", 404, "count", 6));

        for (int i = 0; i < 6; i++) {
            assertThat(code(Lookups.person(ids.get(i)))).isEqualTo("NOT_FOUND");
        }

        assertThat(Lookups.person(ids.get(6)).getString("data.person.id")).isEqualTo(ids.get(6));
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(7);
    }

    @Test
    void up09A402StopsCreditSpendingCallsOfTheAccountUntilItsDelayPasses() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", 402, "count", 1));

        assertThat(code(Lookups.person(ids.get(0)))).isEqualTo("PAYMENT_REQUIRED");
        for (int i = 1; i < 6; i++) {
            JsonPath blocked = Lookups.person(ids.get(i));
            assertThat(code(blocked)).isEqualTo("PAYMENT_REQUIRED");
            assertThat(blocked.getString("errors[0].message")).contains("no credits left");
        }
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(1);
        assertThat(Lookups.usage().getList("errors")).as("free calls go on").isNull();
        assertThat(Simulator.requests(USAGE)).isEqualTo(1);

        awaitServed(ids.get(6));
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(2);
    }

    @Test
    void up03AUsedUpDailyQuotaFailsEveryCallOfTheAccountWithoutCallingLusha() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", 429, "count", 1,
                "message", "Daily API quota limit exceeded. Limit 1000 calls per day"));

        assertThat(code(Lookups.person(ids.get(0)))).isEqualTo("UPSTREAM_QUOTA_EXHAUSTED");
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(1);
        for (int i = 0; i < 20; i++) {
            JsonPath blocked = i % 2 == 0 ? Lookups.person(ids.get(1 + i / 2)) : Lookups.usage();
            assertThat(code(blocked)).isEqualTo("UPSTREAM_QUOTA_EXHAUSTED");
        }

        assertThat(Simulator.requests()).isEqualTo(Map.of(PERSON_BULK, 1));
    }

    /** Asks for the person until the gateway serves them, as it does once its block or open circuit is over. */
    private static void awaitServed(String id) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> id.equals(Lookups.person(id).getString("data.person.id")));
    }
}
