package io.lushagraph.upstream;

import static io.lushagraph.upstream.Lookups.PERSON_BULK;
import static io.lushagraph.upstream.Lookups.USAGE;
import static io.lushagraph.upstream.Lookups.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Retries against the simulator (RELIABILITY UP-01, 02, 04, 06, 10): exactly which failures are tried again. */
@QuarkusTest
class UpstreamRetryTest {

    private String id;

    @BeforeEach
    void reset() {
        Simulator.reset();
        id = Lookups.ids(1, 12_000).get(0);
    }

    @Test
    void up01A429WithAnAnnouncedResetIsWaitedForAndTriedOnceMore() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", 429, "count", 1,
                "message", "Hourly API rate limit exceeded. Limit: 100 calls per hour. Reset in 1 seconds"));

        long started = System.nanoTime();
        JsonPath answer = Lookups.person(id);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getString("data.person.id")).isEqualTo(id);
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(2);
        assertThat(waitedMillis).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void up02A429WithoutResetInformationIsRetriedWithBackoff() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", 429, "count", 2, "rateLimitHeaders", false,
                "message", "Too many requests. Please wait before making another request."));

        JsonPath answer = Lookups.person(id);

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getString("data.person.id")).isEqualTo(id);
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(3);
    }

    @Test
    void aPersistent429FailsAsRateLimitedAfterTheLastAttempt() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", 429, "count", 5, "rateLimitHeaders", false));

        JsonPath answer = Lookups.person(id);

        assertThat(code(answer)).isEqualTo("UPSTREAM_RATE_LIMITED");
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} on a credit-spending call is never retried")
    @CsvSource({ "502", "504", "499" })
    void up04AnUnknownOutcomeOfACreditCallIsNeverRetried(int status) {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", status, "count", 1));

        JsonPath answer = Lookups.person(id);

        assertThat(code(answer)).isEqualTo("UPSTREAM_OUTCOME_UNKNOWN");
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(1);
    }

    @Test
    void up04ACreditCallSlowerThanTheAttemptTimeoutIsOneCallWithAnUnknownOutcome() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "latencyMs", 6_000, "count", 1));

        JsonPath answer = Lookups.person(id);

        assertThat(code(answer)).isEqualTo("UPSTREAM_OUTCOME_UNKNOWN");
        assertThat(answer.getString("errors[0].message")).contains("may have been processed");
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(1);
    }

    @ParameterizedTest(name = "a free call failing {0} twice succeeds on the third attempt")
    @CsvSource({ "503", "500", "504" })
    void up06AFreeCallIsRetriedUntilItSucceeds(int status) {
        Simulator.fault(Map.of("endpoint", USAGE, "status", status, "count", 2));

        JsonPath answer = Lookups.usage();

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getString("data.accountUsage.pools[0].name")).isEqualTo("bulkCredits");
        assertThat(Simulator.requests(USAGE)).isEqualTo(3);
    }

    @Test
    void aCreditCallIsRetriedAfter503sSinceLushaDidNotProcessIt() {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", 503, "count", 2));

        JsonPath answer = Lookups.person(id);

        assertThat(answer.getString("data.person.id")).isEqualTo(id);
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} is one call and no retry")
    @CsvSource(delimiter = '|', value = { "401 | Invalid API key | UPSTREAM_UNAUTHORIZED",
            "403 | Your account is not active. | UPSTREAM_UNAUTHORIZED", "400 | Bad request | INVALID_INPUT",
            "404 | Not found | NOT_FOUND" })
    void up10ARefusalIsOneCallAndNoRetry(int status, String message, String expected) {
        Simulator.fault(Map.of("endpoint", PERSON_BULK, "status", status, "message", message, "count", 3));

        JsonPath answer = Lookups.person(id);

        assertThat(code(answer)).isEqualTo(expected);
        assertThat(answer.getString("errors[0].message")).doesNotContain("sim-key");
        assertThat(Simulator.requests(PERSON_BULK)).isEqualTo(1);
    }
}
