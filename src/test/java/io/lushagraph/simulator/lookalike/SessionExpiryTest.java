package io.lushagraph.simulator.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.MutableClock;
import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** Sessions expire 30 days after their last use, on the clock the simulator's session store is given. */
@QuarkusTest
class SessionExpiryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));

    @BeforeEach
    void storeSessionsOnAMovableClock() {
        QuarkusMock.installMockForType(new LookalikeSessions(clock, 100), LookalikeSessions.class);
        Sim.reset();
    }

    @Test
    void aDedupeSessionLivesThirtyDaysFromItsLastUse() {
        Map<String, Object> body = new HashMap<>(Map.of("limit", 2,
                "seeds", Map.of("domains", List.of(Sim.companies(1, 7_200).get(0).get("domain")))));
        body.put("dedupeSessionId", post(CompanyLookalikesTest.PATH, body, 200).get("dedupeSessionId"));

        clock.advance(Duration.ofDays(29));
        post(CompanyLookalikesTest.PATH, body, 200);
        clock.advance(Duration.ofDays(29));
        post(CompanyLookalikesTest.PATH, body, 200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));

        assertThat(post(CompanyLookalikesTest.PATH, body, 410).get("errors")).isEqualTo(List.of("DEDUPE_SESSION_INVALID"));
    }

    @Test
    void aRecommendationRequestIdExpiresLikewise() {
        Map<String, Object> person = Sim.people(1, 72_000).get(0);
        String companyId = Sim.api().queryParam("domain", person.get("companyDomain")).get("/v2/company").then()
                .statusCode(200).extract().path("data.id").toString();
        Map<String, Object> body = new HashMap<>(Map.of("limit", 2,
                "contacts", List.of(Map.of("personId", person.get("id"), "companyId", companyId))));
        body.put("requestId", post(RecommendationsTest.CONTACTS, body, 200).get("requestId"));

        clock.advance(Duration.ofDays(31));

        assertThat(post(RecommendationsTest.CONTACTS, body, 410)).containsOnlyKeys("error");
    }

    private static Map<String, Object> post(String path, Map<String, Object> body, int status) {
        return Sim.api().body(body).post(path).then().statusCode(status).extract().jsonPath().getMap("$");
    }
}
