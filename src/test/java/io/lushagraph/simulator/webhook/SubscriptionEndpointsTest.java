package io.lushagraph.simulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SubscriptionEndpointsTest {

    private static final String ISO = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @Inject
    TestReceiver receiver;

    @BeforeEach
    void reset() {
        Hooks.reset();
    }

    @Test
    void theAccountSecretIsMissingUntilRegeneratedAndRotatesOnEachRegeneration() {
        Sim.api().get("/api/account/secret").then().statusCode(404).body("statusCode", equalTo(404))
                .body("message", equalTo("Account secret not found. Please generate one first."));
        String first = Hooks.regenerateSecret();
        String second = Hooks.regenerateSecret();

        assertThat(first).startsWith("whsec_").isNotEqualTo(second);
        Sim.api().get("/api/account/secret").then().statusCode(200).body("secret", equalTo(second));
        assertThat(Hooks.requests("GET /api/account/secret")).isEqualTo(2);
        assertThat(Hooks.requests("POST /api/account/secret/regenerate")).isEqualTo(2);
    }

    @Test
    void createNeedsTheAccountSecretAndCreatesNothingWithout() {
        Sim.api().body(request(Hooks.receiverUrl("no-secret"), List.of(Map.of("entityId", "1"))))
                .post("/api/subscriptions").then().statusCode(400)
                .body("message", equalTo("Account secret not found. Please generate one first."));
        assertThat(receiver.challenges("no-secret")).isZero();
        Sim.api().get("/api/subscriptions").then().statusCode(200).body("pagination.total", equalTo(0));
    }

    @Test
    void createChecksTheUrlOnceThenReportsEachItem() {
        Hooks.regenerateSecret();
        String url = Hooks.receiverUrl("create");
        JsonPath created = Sim.api().body(request(url, List.of(Map.of("entityId", "123", "name", "Contact 123"),
                Map.of("entityId", "123"),
                Map.of("entityId", "9", "signalTypes", List.of("itSpendIncrease")),
                Map.of("entityType", "company", "entityId", "33222678", "signalTypes", List.of("itSpendIncrease")))))
                .post("/api/subscriptions").then().statusCode(201).extract().jsonPath();

        assertThat(receiver.challenges("create")).isEqualTo(1);
        assertThat(created.getInt("total")).isEqualTo(4);
        assertThat(created.getInt("successful")).isEqualTo(2);
        assertThat(created.getInt("failed")).isEqualTo(2);
        assertThat(created.getMap("results[0].subscription")).containsEntry("entityType", "contact")
                .containsEntry("entityId", "123").containsEntry("name", "Contact 123").containsEntry("url", url)
                .containsEntry("isActive", true).containsEntry("signalTypes", List.of("promotion", "companyChange"));
        assertThat(created.getString("results[0].subscription.id")).matches("[0-9a-f]{24}");
        assertThat(created.getString("results[0].subscription.createdAt")).matches(ISO);
        assertThat(created.getMap("results[1].error")).containsEntry("code", "DUPLICATE_SUBSCRIPTION")
                .containsEntry("message", "Subscription already exists for entity type 'contact' with entity ID '123'");
        assertThat(created.getString("results[2].error.code")).isEqualTo("VALIDATION_ERROR");
        assertThat(created.getString("results[3].subscription.entityType")).isEqualTo("company");
        assertThat(Hooks.requests("POST /api/subscriptions")).isEqualTo(1);
    }

    @Test
    void aFailedChallengeOrABadUrlCreatesNothing() {
        Hooks.regenerateSecret();
        receiver.refuseChallenges("refuser");
        Sim.api().body(request(Hooks.receiverUrl("refuser"), List.of(Map.of("entityId", "1"))))
                .post("/api/subscriptions").then().statusCode(400).body("statusCode", equalTo(400));
        Sim.api().body(request("not a url", List.of(Map.of("entityId", "1")))).post("/api/subscriptions").then()
                .statusCode(400).body("message", equalTo("Validation failed"));

        assertThat(receiver.challenges("refuser")).isEqualTo(1);
        Sim.api().get("/api/subscriptions").then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void createAndDeleteTakeAtMost25Items() {
        Hooks.regenerateSecret();
        List<Map<String, Object>> items = IntStream.range(0, 26)
                .mapToObj(i -> Map.<String, Object> of("entityId", Integer.toString(i))).toList();
        Sim.api().body(request(Hooks.receiverUrl("limits"), items)).post("/api/subscriptions").then().statusCode(400)
                .body("errors[0]", equalTo("subscriptions must contain between 1 and 25 items"));
        Sim.api().body(request(Hooks.receiverUrl("limits"), items.subList(0, 25))).post("/api/subscriptions").then()
                .statusCode(201).body("successful", equalTo(25));
        List<String> ids = IntStream.range(0, 26).mapToObj(i -> "id" + i).toList();
        Sim.api().body(Map.of("ids", ids)).post("/api/subscriptions/delete").then().statusCode(400);
        Sim.api().body(Map.of("ids", List.of())).post("/api/subscriptions/delete").then().statusCode(400);
    }

    @Test
    void listPagesNewestFirstAndGetAnswersOneOr404() throws InterruptedException {
        Hooks.regenerateSecret();
        String url = Hooks.receiverUrl("list");
        String oldest = (String) Hooks.subscribe(url, "contact", "1", List.of("promotion")).get("id");
        Thread.sleep(5);
        Hooks.subscribe(url, "contact", "2", List.of("promotion"));
        Thread.sleep(5);
        String newest = (String) Hooks.subscribe(url, "company", "3", List.of("surgeInHiring")).get("id");

        Sim.api().queryParam("limit", 2).get("/api/subscriptions").then().statusCode(200).body("data", hasSize(2))
                .body("data[0].id", equalTo(newest)).body("data[0].blockReason", nullValue())
                .body("pagination.total", equalTo(3)).body("pagination.limit", equalTo(2))
                .body("pagination.offset", equalTo(0)).body("pagination.hasMore", equalTo(true));
        Sim.api().queryParam("limit", 2).queryParam("offset", 2).get("/api/subscriptions").then().statusCode(200)
                .body("data[0].id", equalTo(oldest)).body("pagination.hasMore", equalTo(false));
        Sim.api().queryParam("limit", 101).get("/api/subscriptions").then().statusCode(400);
        Sim.api().get("/api/subscriptions/" + oldest).then().statusCode(200).body("entityId", equalTo("1"))
                .body("updatedAt", matchesPattern(ISO));
        Sim.api().get("/api/subscriptions/507f1f77bcf86cd799439011").then().statusCode(404)
                .body("message", equalTo("Resource not found"));
    }

    @Test
    void deleteReportsEachIdAndDeletesForGood() {
        Hooks.regenerateSecret();
        String id = (String) Hooks.subscribe(Hooks.receiverUrl("delete"), "contact", "7", List.of("promotion"))
                .get("id");
        JsonPath deleted = Sim.api().body(Map.of("ids", List.of(id, "sub-456", id))).post("/api/subscriptions/delete")
                .then().statusCode(200).extract().jsonPath();

        assertThat(deleted.getInt("total")).isEqualTo(2);
        assertThat(deleted.getMap("results[0].subscription")).containsEntry("id", id).containsEntry("entityId", "7");
        assertThat(deleted.getMap("results[1].error")).containsEntry("code", "NOT_FOUND")
                .containsEntry("message", "Subscription with id 'sub-456' not found");
        Sim.api().get("/api/subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void patchChangesFieldsReverifiesANewUrlAndRegeneratesTheSecretOnce() {
        String before = Hooks.regenerateSecret();
        String id = (String) Hooks.subscribe(Hooks.receiverUrl("patch"), "contact", "8", List.of("promotion"))
                .get("id");
        Sim.api().body(Map.of("name", "Renamed", "signalTypes", List.of("companyChange"), "isActive", false))
                .patch("/api/subscriptions/" + id).then().statusCode(200).body("name", equalTo("Renamed"))
                .body("signalTypes", equalTo(List.of("companyChange"))).body("isActive", equalTo(false))
                .body("secret", nullValue());
        Sim.api().body(Map.of("signalTypes", List.of("surgeInHiring"))).patch("/api/subscriptions/" + id).then()
                .statusCode(400);

        receiver.refuseChallenges("patch-refuser");
        Sim.api().body(Map.of("url", Hooks.receiverUrl("patch-refuser"))).patch("/api/subscriptions/" + id).then()
                .statusCode(400);
        Sim.api().body(Map.of("url", Hooks.receiverUrl("patch-moved"))).patch("/api/subscriptions/" + id).then()
                .statusCode(200).body("url", equalTo(Hooks.receiverUrl("patch-moved")));
        String secret = Sim.api().body(Map.of("regenerateSecret", true)).patch("/api/subscriptions/" + id).then()
                .statusCode(200).extract().path("secret");

        assertThat(receiver.challenges("patch-refuser")).isEqualTo(1);
        assertThat(receiver.challenges("patch-moved")).isEqualTo(1);
        assertThat(secret).startsWith("whsec_").isNotEqualTo(before);
        Sim.api().get("/api/account/secret").then().body("secret", equalTo(secret));
        Sim.api().body(Map.of("name", "x")).patch("/api/subscriptions/507f1f77bcf86cd799439011").then()
                .statusCode(404);
    }

    @Test
    void oneOptOutSubscriptionPerAccount() {
        Hooks.regenerateSecret();
        Map<String, Object> body = Map.of("entityType", "contact", "url", Hooks.receiverUrl("opt-out-sub"), "name",
                "Account opt-out webhook");
        Sim.api().body(body).post("/api/subscriptions/opt-out").then().statusCode(201)
                .body("signalTypes", equalTo(List.of("optOut"))).body("entityId", equalTo("431705"))
                .body("name", equalTo("Account opt-out webhook")).body("isActive", equalTo(true))
                .body("id", matchesPattern("[0-9a-f]{24}"));
        Sim.api().body(body).post("/api/subscriptions/opt-out").then().statusCode(403)
                .body("message", equalTo("An opt-out subscription already exists for this account"));
        Sim.api().body(Map.of("entityType", "company", "url", Hooks.receiverUrl("opt-out-sub")))
                .post("/api/subscriptions/opt-out").then().statusCode(400);

        assertThat(receiver.challenges("opt-out-sub")).isEqualTo(1);
        assertThat(Hooks.requests("POST /api/subscriptions/opt-out")).isEqualTo(3);
    }

    private static Map<String, Object> request(String url, List<Map<String, Object>> items) {
        return Map.of("defaults", Map.of("url", url, "entityType", "contact", "signalTypes",
                List.of("promotion", "companyChange")), "subscriptions", items);
    }
}
