package io.lushagraph.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.MutableClock;
import io.lushagraph.simulator.lookalike.LookalikeSessions;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A dedupe session Lusha has forgotten after 30 idle days makes "get more" fail with LOOKALIKE_SESSION_EXPIRED. */
@QuarkusTest
class LookalikeSessionExpiryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));

    @BeforeEach
    void simulatorSessionsOnAMovableClock() {
        QuarkusMock.installMockForType(new LookalikeSessions(clock, 100), LookalikeSessions.class);
        Simulator.reset();
    }

    @Test
    void getMoreAfterThirtyIdleDaysIsLookalikeSessionExpired() {
        Map<String, Object> variables = new HashMap<>(Map.of("limit", 3,
                "seeds", Map.of("domains", List.of(Simulator.companies(1, 7_600).get(0).get("domain")))));
        variables.put("session", GraphQL.ok(CompanyLookalikePagingTest.QUERY, variables)
                .getString("data.companyLookalikes.dedupeSessionId"));
        clock.advance(Duration.ofDays(29));
        JsonPath stillThere = GraphQL.ok(CompanyLookalikePagingTest.QUERY, variables);
        clock.advance(Duration.ofDays(30).plusSeconds(1));

        JsonPath expired = GraphQL.ok(CompanyLookalikePagingTest.QUERY, variables);

        assertThat(stillThere.getList("errors")).isNull();
        assertThat(stillThere.getList("data.companyLookalikes.results")).hasSize(3);
        assertThat(expired.getString("errors[0].extensions.code")).isEqualTo("LOOKALIKE_SESSION_EXPIRED");
        assertThat(expired.getString("data")).isNull();
        assertThat(Simulator.requests(CompanyLookalikePagingTest.ENDPOINT)).isEqualTo(3);
    }
}
