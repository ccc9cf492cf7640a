package io.lushagraph.simulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WebhookRateLimitTest {

    private static final List<String> ENDPOINTS = List.of("/api/subscriptions", "/api/audit-logs",
            "/api/audit-logs/stats", "/api/account/secret", "/api/subscriptions/507f1f77bcf86cd799439011");

    @BeforeEach
    void reset() {
        Hooks.reset();
    }

    @Test
    void theManagementEndpointsShare100RequestsAMinutePerAccount() {
        for (String endpoint : ENDPOINTS) {
            for (int i = 0; i < 20; i++) {
                int status = Sim.api().get(endpoint).statusCode();
                assertThat(status).as(endpoint).isNotEqualTo(429);
            }
        }
        Sim.api().post("/api/account/secret/regenerate").then().statusCode(429)
                .body("message", equalTo("Too many requests. Please wait before making another request."));
        Sim.api().get("/api/subscriptions").then().statusCode(429);

        assertThat(Sim.stats().get("rateLimited")).isEqualTo(2);
        assertThat(Hooks.requests("GET /api/subscriptions")).isEqualTo(21);
        Sim.api().queryParam("personId", Sim.people(1, 85040).get(0).get("id")).get("/v2/person").then().statusCode(200);
    }
}
