package io.lushagraph.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The packaged application (the jar here, the native binary with {@code -Pnative}) started as users start it, with
 * the test profile's tenants and embedded simulator, and driven over HTTP only.
 */
@QuarkusIntegrationTest
class PackagedGatewayIT {

    static final String ACME = "Bearer acme-test-key";

    @Test
    void readyAndAlive() {
        assertThat(given().get("/q/health/ready").then().statusCode(200).extract().jsonPath().getString("status"))
                .isEqualTo("UP");
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aBulkLookupIsServedThroughTheSimulatorInOneCall() {
        List<Map<String, String>> people = given().queryParam("entity", "person").queryParam("n", 3)
                .queryParam("offset", 18_000).get("/lusha-sim/_admin/sample").then().statusCode(200).extract()
                .jsonPath().getList("$");
        JsonPath answer = given().header("Authorization", ACME).contentType(ContentType.JSON)
                .body(Map.of("query", "query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id company { name } } } }",
                        "variables", Map.of("l", people.stream().map(p -> Map.of("id", p.get("id"))).toList())))
                .post("/graphql").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("data.persons.person.id")).containsExactly(people.get(0).get("id"),
                people.get(1).get("id"), people.get(2).get("id"));
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
    }

    @Test
    void unauthenticatedIs401AndTheWebhookChallengeIsEchoed() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ me { tenant } }")).post("/graphql").then()
                .statusCode(401);
        assertThat(given().queryParam("challenge", "abc123").get("/webhooks/lusha").then().statusCode(200).extract()
                .jsonPath().getString("challenge")).isEqualTo("abc123");
    }
}
