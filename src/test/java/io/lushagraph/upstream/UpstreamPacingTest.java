package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.ConcurrentClients;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Outbound pacing: calls wait for their turn instead of meeting Lusha's 25 per second limit. */
@QuarkusTest
class UpstreamPacingTest {

    private static final String TECHNOLOGIES = """
            query($text: String!) { companyFilters { technologies(text: $text) { id value } } }""";
    private static final String TECHNOLOGIES_ENDPOINT = "POST /prospecting/filters/companies/technologies";

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void sixtyDistinctCallsAtOnceAllSucceedWithoutOne429() throws Exception {
        List<JsonNode> answers = ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, TECHNOLOGIES, distinctTexts(60));

        for (JsonNode answer : answers) {
            assertThat(answer.has("errors")).as("no errors in %s", answer).isFalse();
            assertThat(answer.at("/data/companyFilters/technologies").isArray()).isTrue();
        }
        assertThat(Simulator.stats().getInt("rateLimited")).isZero();
        assertThat(Simulator.requests(TECHNOLOGIES_ENDPOINT)).isEqualTo(60);
        assertThat(Simulator.stats().getInt("busiestSecond.'" + TECHNOLOGIES_ENDPOINT + "'"))
                .as("calls the simulator received in its busiest second").isLessThanOrEqualTo(25);
    }

    @Test
    void theSixthUsageCallInAMinuteIsRateLimitedWithoutCallingLusha() {
        for (int i = 0; i < 5; i++) {
            assertThat(Lookups.usage().getList("errors")).isNull();
        }

        JsonPath sixth = Lookups.usage();

        assertThat(Lookups.code(sixth)).isEqualTo("UPSTREAM_RATE_LIMITED");
        assertThat(sixth.getString("errors[0].message")).contains("no turn within 10 s");
        assertThat(Simulator.requests(Lookups.USAGE)).isEqualTo(5);
        assertThat(Simulator.stats().getInt("rateLimited")).isZero();
    }

    private static List<Map<String, Object>> distinctTexts(int n) {
        String run = Long.toString(System.nanoTime(), 36);
        return IntStream.range(0, n).mapToObj(i -> Map.<String, Object> of("text", "pace " + run + " " + i)).toList();
    }
}
