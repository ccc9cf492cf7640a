package io.lushagraph.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class FaultsTest {

    private Map<String, Object> person;
    private String domain;

    @BeforeEach
    void reset() {
        Sim.admin().delete("/faults").then().statusCode(204);
        Sim.reset();
        person = Sim.people(1, 5_000).get(0);
        domain = (String) Sim.companies(1, 5_000).get(0).get("domain");
    }

    @AfterEach
    void clearFaults() {
        Sim.admin().delete("/faults").then().statusCode(204);
    }

    @Test
    void aStatusFaultHitsOnlyItsEndpointForItsCount() {
        inject(Map.of("endpoint", "POST /v2/person", "status", 503, "count", 2));

        for (int i = 0; i < 2; i++) {
            Response failed = Sim.bulkByPersonId(List.of(person));
            assertThat(failed.statusCode()).isEqualTo(503);
            assertThat(failed.jsonPath().getMap("$")).isEqualTo(
                    Map.of("statusCode", 503, "message", "Internal server error. Please try again later."));
            assertThat(failed.header("x-rate-limit-minute")).isNotNull();
            Sim.api().queryParam("personId", person.get("id")).get("/v2/person").then().statusCode(200);
        }
        Sim.bulkByPersonId(List.of(person)).then().statusCode(200);
        assertThat(Sim.admin().get("/faults").then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        assertThat(Sim.stats()).containsEntry("requests", Map.of("POST /v2/person", 3, "GET /v2/person", 2))
                .containsEntry("batchSizes", Map.of("POST /v2/person", List.of(1)));
    }

    @Test
    void anInjected429CarriesRateLimitHeadersButIsNotCountedAsRateLimited() {
        String hourly = "Hourly API rate limit exceeded. Limit: 100 calls per hour. Reset in 1 seconds";
        inject(Map.of("status", 429, "message", hourly, "count", 1));

        Response limited = Sim.api().queryParam("domain", domain).get("/v2/company");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.jsonPath().getString("message")).isEqualTo(hourly);
        assertThat(limited.header("RateLimit-Limit")).isEqualTo("25");
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(limited.header("RateLimit-Reset")).isEqualTo("1");
        assertThat(Sim.stats()).containsEntry("rateLimited", 0);
        Sim.api().queryParam("domain", domain).get("/v2/company").then().statusCode(200);
    }

    @Test
    void aLatencyFaultDelaysTheAnswer() {
        inject(Map.of("endpoint", "GET /v2/company", "latencyMs", 400, "count", 1));

        long slow = timed(() -> Sim.api().queryParam("domain", domain).get("/v2/company").then().statusCode(200));
        long fast = timed(() -> Sim.api().queryParam("domain", domain).get("/v2/company").then().statusCode(200));

        assertThat(slow).isGreaterThanOrEqualTo(400);
        assertThat(fast).isLessThan(400);
    }

    @Test
    void aFaultWithoutCountLastsUntilDeleted() {
        inject(Map.of("endpoint", "GET /v2/company", "status", 500));

        for (int i = 0; i < 3; i++) {
            Sim.api().queryParam("domain", domain).get("/v2/company").then().statusCode(500);
        }
        assertThat(Sim.admin().get("/faults").then().statusCode(200).extract().jsonPath().getList("$"))
                .containsExactly(Map.of("endpoint", "GET /v2/company", "status", 500));

        Sim.admin().delete("/faults").then().statusCode(204);

        Sim.api().queryParam("domain", domain).get("/v2/company").then().statusCode(200);
    }

    @Test
    void faultsComeBeforeTheKeyCheck() {
        inject(Map.of("status", 451, "count", 1));

        given().basePath("/lusha-sim").header("api_key", "wrong").get("/account/usage").then().statusCode(451);
        given().basePath("/lusha-sim").header("api_key", "wrong").get("/account/usage").then().statusCode(401);
    }

    @Test
    void anAfterFaultDoesTheWorkAndThenFails() {
        Sim.admin().queryParam("webhooks", true).post("/reset").then().statusCode(204);
        Sim.api().post("/api/account/secret/regenerate").then().statusCode(200);
        inject(Map.of("endpoint", "POST /api/account/secret/regenerate", "status", 500, "after", true, "count", 1));
        String before = Sim.api().get("/api/account/secret").then().statusCode(200).extract().path("secret");

        Response failed = Sim.api().post("/api/account/secret/regenerate");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.jsonPath().getString("secret")).isNull();
        String after = Sim.api().get("/api/account/secret").then().statusCode(200).extract().path("secret");
        assertThat(after).as("the secret was regenerated before the 500").isNotEqualTo(before).startsWith("whsec_");
        Sim.api().post("/api/account/secret/regenerate").then().statusCode(200);
    }

    @Test
    void anAfterFaultStrikesOnEveryEndpointThroughTheGate() {
        inject(Map.of("endpoint", "POST /v2/person", "status", 502, "after", true, "count", 1));

        Sim.bulkByPersonId(List.of(person)).then().statusCode(502);

        assertThat(Sim.stats()).as("the lookup was done and charged before the 502")
                .containsEntry("batchSizes", Map.of("POST /v2/person", List.of(1)))
                .containsEntry("requests", Map.of("POST /v2/person", 1));
        assertThat(Sim.admin().get("/faults").then().extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void aDropClosesTheConnectionWithNoAnswerBeforeOrAfterTheWork() {
        inject(Map.of("endpoint", "POST /v2/person", "drop", true, "count", 1));
        assertThatThrownBy(() -> Sim.bulkByPersonId(List.of(person))).as("no answer at all")
                .isInstanceOf(Exception.class);
        assertThat(Sim.stats()).as("dropped before the work").containsEntry("requests", Map.of("POST /v2/person", 1))
                .containsEntry("batchSizes", Map.of());

        inject(Map.of("endpoint", "POST /v2/person", "drop", true, "after", true, "count", 1));
        assertThatThrownBy(() -> Sim.bulkByPersonId(List.of(person))).isInstanceOf(Exception.class);
        assertThat(Sim.stats()).as("dropped after the work")
                .containsEntry("batchSizes", Map.of("POST /v2/person", List.of(1)));

        Sim.bulkByPersonId(List.of(person)).then().statusCode(200);
    }

    @Test
    void invalidFaultsAreRejected() {
        Sim.admin().body(Map.of("status", 500, "drop", true)).post("/faults").then().statusCode(400);
        Sim.admin().body(Map.of("latencyMs", 5, "after", true)).post("/faults").then().statusCode(400)
                .body("errors", hasItem("after needs a status or drop: true"));
        Sim.admin().body(Map.of("endpoint", "GET /nowhere", "status", 500)).post("/faults").then().statusCode(400)
                .body("errors[0]", org.hamcrest.Matchers.startsWith("endpoint must be one of"));
        Sim.admin().body(Map.of("status", 200)).post("/faults").then().statusCode(400)
                .body("errors", hasItem("status must be from 400 to 599"));
        Sim.admin().body(Map.of("count", 1)).post("/faults").then().statusCode(400);
        assertThat(Sim.admin().get("/faults").then().extract().jsonPath().getList("$")).isEmpty();
    }

    private static void inject(Map<String, Object> fault) {
        Sim.admin().body(fault).post("/faults").then().statusCode(201);
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
