package io.lushagraph.simulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DeliveryTest {

    @Inject
    TestReceiver receiver;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void reset() {
        Hooks.reset();
    }

    @Test
    void aSignalIsSignedOverTheExactBytesWithTheAccountSecretAndChargedOnce() throws Exception {
        String secret = Hooks.regenerateSecret();
        Map<String, Object> person = Sim.people(1, 85000).get(0);
        String personId = (String) person.get("id");
        String id = (String) Hooks.subscribe(Hooks.receiverUrl("signed"), "contact", personId,
                List.of("promotion")).get("id");
        long creditsBefore = Sim.creditsUsed();

        Sim.admin().body(Map.of("entityType", "contact", "entityId", personId, "type", "promotion"))
                .post("/signals").then().statusCode(200).body("subscriptions", equalTo(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.deliveries("signed").size() == 1);
        TestReceiver.Delivery delivery = receiver.deliveries("signed").get(0);

        assertThat(delivery.signature()).isEqualTo(Hooks.sign(secret, delivery.timestamp(), delivery.body()));
        assertThat(Long.parseLong(delivery.timestamp()))
                .isCloseTo(System.currentTimeMillis() / 1000, within(60L));
        assertThat(delivery.userAgent()).isEqualTo("Lusha-Webhooks/1.0");
        assertThat(delivery.contentType()).startsWith("application/json");
        assertThat(delivery.text()).doesNotContain("\n").doesNotContain(": ");
        JsonNode payload = mapper.readTree(delivery.body());
        assertThat(payload.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(payload.path("type").asText()).isEqualTo("promotion");
        assertThat(payload.path("entityId").asText()).isEqualTo(personId);
        assertThat(payload.path("subscriptionId").asText()).isEqualTo(id);
        assertThat(payload.path("data").path("personId").asText()).isEqualTo(personId);
        assertThat(payload.path("data").path("currentTitle").asText()).isNotBlank();
        assertThat(payload.path("billing").path("creditsCharged").asInt()).isEqualTo(1);
        assertThat(Sim.creditsUsed()).isEqualTo(creditsBefore + 1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> Sim.api().queryParam("subscriptionId", id)
                .get("/api/audit-logs").then().statusCode(200).body("data[0].status", equalTo("success"))
                .body("data[0].payloadId", equalTo(payload.path("id").asText()))
                .body("data[0].statusCode", equalTo(201)).body("data[0].error", nullValue()));
    }

    @Test
    void threeFailedRetriesBlockTheSubscriptionWithFourAuditRowsAndNoExtraCredits() {
        Hooks.regenerateSecret();
        String companyId = (String) Sim.companies(1, 8500).get(0).get("id");
        String id = (String) Hooks.subscribe(Hooks.receiverUrl("failing"), "company", companyId,
                List.of("surgeInHiring")).get("id");
        receiver.failNext("failing", 10);
        long creditsBefore = Sim.creditsUsed();

        Sim.admin().body(Map.of("entityType", "company", "entityId", companyId, "type", "surgeInHiring"))
                .post("/signals").then().statusCode(200).body("subscriptions", equalTo(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Sim.api().get("/api/subscriptions/" + id).then()
                .body("isActive", equalTo(false)).body("blockReason", equalTo("Max retries exceeded")));

        assertThat(receiver.deliveries("failing")).hasSize(4);
        assertThat(Sim.creditsUsed()).isEqualTo(creditsBefore + 1);
        JsonPath logs = Sim.api().queryParam("subscriptionId", id).get("/api/audit-logs").then().statusCode(200)
                .extract().jsonPath();
        assertThat(logs.getList("data.status")).containsExactly("permanent_failure", "failed", "failed", "failed");
        assertThat(logs.getList("data.statusCode")).containsOnly(500);
        assertThat(logs.getInt("pagination.total")).isEqualTo(4);
        Sim.api().queryParam("subscriptionId", id).queryParam("status", "failed").get("/api/audit-logs").then()
                .body("pagination.total", equalTo(3));
        Sim.api().queryParam("subscriptionId", id).get("/api/audit-logs/stats").then().statusCode(200)
                .body("total", equalTo(4)).body("success", equalTo(0)).body("failed", equalTo(4))
                .body("successRate", equalTo("0.00%"));
        Sim.api().queryParam("status", "bogus").get("/api/audit-logs").then().statusCode(400);

        Sim.admin().body(Map.of("entityType", "company", "entityId", companyId, "type", "surgeInHiring"))
                .post("/signals").then().statusCode(200).body("subscriptions", equalTo(0));
        assertThat(receiver.deliveries("failing")).hasSize(4);
    }

    @Test
    void reactivationClearsTheBlockAndDeliveriesResumeWithARetryThatSucceeds() {
        Hooks.regenerateSecret();
        String companyId = (String) Sim.companies(1, 8501).get(0).get("id");
        String id = (String) Hooks.subscribe(Hooks.receiverUrl("revived"), "company", companyId,
                List.of("allSignals")).get("id");
        receiver.failNext("revived", 4);
        Sim.admin().body(Map.of("entityType", "company", "entityId", companyId, "type", "riskNews"))
                .post("/signals").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Sim.api().get("/api/subscriptions/" + id).then()
                .body("isActive", equalTo(false)).body("blockedAt", notNullValue()));

        Sim.api().body(Map.of("isActive", true)).patch("/api/subscriptions/" + id).then().statusCode(200)
                .body("isActive", equalTo(true));
        Sim.api().get("/api/subscriptions/" + id).then().body("blockReason", nullValue())
                .body("blockedAt", nullValue());
        receiver.failNext("revived", 1);
        Sim.admin().body(Map.of("entityType", "company", "entityId", companyId, "type", "riskNews"))
                .post("/signals").then().statusCode(200).body("subscriptions", equalTo(1))
                .body("payloads[0].data.companyId", equalTo(companyId));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.deliveries("revived").size() == 6);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> Sim.api().queryParam("subscriptionId", id)
                .get("/api/audit-logs/stats").then().body("total", equalTo(6)).body("success", equalTo(1))
                .body("successRate", equalTo("16.67%")));
        Sim.api().get("/api/subscriptions/" + id).then().body("isActive", equalTo(true));
    }

    @Test
    void anAcknowledgementLaterThanTheTimeoutIsAFailedAttempt() {
        Hooks.regenerateSecret();
        String id = (String) Hooks.subscribe(Hooks.receiverUrl("slow"), "contact", "78", List.of("promotion"))
                .get("id");
        receiver.answerAfter("slow", 4_000);

        Sim.api().post("/api/subscriptions/" + id + "/test").then().statusCode(200).body("isSuccess", equalTo(false))
                .body("flowCheck.success", equalTo(false)).body("flowCheck.statusCode", nullValue())
                .body("flowCheck.durationMs", greaterThanOrEqualTo(3_000));
        assertThat(receiver.deliveries("slow")).hasSize(1);
    }

    @Test
    void testModesCheckTheUrlBuildTheMockOrDeliverItSignedWithoutCredits() throws Exception {
        String secret = Hooks.regenerateSecret();
        String id = (String) Hooks.subscribe(Hooks.receiverUrl("tested"), "contact", "77", List.of("promotion"))
                .get("id");
        long creditsBefore = Sim.creditsUsed();

        Sim.api().queryParam("mode", "direct").post("/api/subscriptions/" + id + "/test").then().statusCode(200)
                .body("mode", equalTo("direct")).body("flowCheck.success", equalTo(true))
                .body("flowCheck.statusCode", equalTo(200)).body("isSuccess", equalTo(true));
        Sim.api().queryParam("mode", "kafka").post("/api/subscriptions/" + id + "/test").then().statusCode(200)
                .body("testPayload.signalType", equalTo("promotion")).body("isSuccess", equalTo(true));
        Sim.api().post("/api/subscriptions/" + id + "/test").then().statusCode(200).body("mode", equalTo("full"))
                .body("subscriptionId", equalTo(id)).body("flowCheck.statusCode", equalTo(201))
                .body("isSuccess", equalTo(true));
        receiver.failNext("tested", 1);
        Sim.api().queryParam("mode", "full").post("/api/subscriptions/" + id + "/test").then().statusCode(200)
                .body("isSuccess", equalTo(false)).body("flowCheck.statusCode", equalTo(500));
        Sim.api().queryParam("mode", "bogus").post("/api/subscriptions/" + id + "/test").then().statusCode(400);
        Sim.api().post("/api/subscriptions/507f1f77bcf86cd799439011/test").then().statusCode(404);

        assertThat(receiver.challenges("tested")).isEqualTo(2);
        assertThat(receiver.deliveries("tested")).hasSize(2);
        TestReceiver.Delivery delivery = receiver.deliveries("tested").get(0);
        assertThat(delivery.signature()).isEqualTo(Hooks.sign(secret, delivery.timestamp(), delivery.body()));
        assertThat(Sim.creditsUsed()).isEqualTo(creditsBefore);
        assertThat(Hooks.requests("POST /api/subscriptions/{id}/test")).isEqualTo(6);
        Sim.api().get("/api/audit-logs").then().body("pagination.total", equalTo(0));
    }
}
