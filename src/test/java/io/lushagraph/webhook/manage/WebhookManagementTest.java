package io.lushagraph.webhook.manage;

import static io.lushagraph.webhook.manage.WebhookApi.CREATE;
import static io.lushagraph.webhook.manage.WebhookApi.input;
import static io.lushagraph.webhook.manage.WebhookApi.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.webhook.SubscriptionOwners;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Webhook subscription management on the embedded H2 store, and what happens when that store fails. */
@QuarkusTest
class WebhookManagementTest extends WebhookManagementContract {

    @Test
    void aSubscriptionWhoseOwnerCannotBeStoredIsTakenBackFromLusha() {
        List<Map<String, String>> people = Simulator.people(2, 700);
        QuarkusMock.installMockForType(new SubscriptionOwners(null) {
            @Override
            public void recordAll(Collection<String> subscriptionIds, String tenant) {
                throw new IllegalStateException("subscription owner could not be stored");
            }
        }, SubscriptionOwners.class);

        JsonPath answer = send(GraphQL.ACME_KEY, CREATE, Map.of("inputs", List.of(
                input("CONTACT", people.get(0).get("id"), null), input("CONTACT", people.get(1).get("id"), null))));

        assertThat(WebhookApi.codes(answer, "data.createWebhookSubscriptions"))
                .containsExactly("STORE_UNAVAILABLE", "STORE_UNAVAILABLE");
        assertThat(Simulator.batchSizes("POST /api/subscriptions/delete")).containsExactly(2);
        int left = given().header("api_key", "sim-key").get("/lusha-sim/api/subscriptions").then().statusCode(200)
                .extract().path("pagination.total");
        assertThat(left).as("nothing is left at Lusha that no tenant owns").isZero();
    }
}
