package io.lushagraph;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Sends GraphQL documents to the gateway the way a client would: POST /graphql with a tenant's bearer key. */
public final class GraphQL {

    /** A tenant configured in the test profile. */
    public static final String ACME_KEY = "acme-test-key";
    public static final String GLOBEX_KEY = "globex-test-key";

    private GraphQL() {
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return post(ACME_KEY, query, variables);
    }

    public static ValidatableResponse post(String tenantKey, String query, Map<String, Object> variables) {
        return given()
                .header("Authorization", "Bearer " + tenantKey)
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then();
    }

    /** Posts and expects HTTP 200, returning the JSON answer. */
    public static JsonPath ok(String query, Map<String, Object> variables) {
        return post(query, variables).statusCode(200).extract().jsonPath();
    }
}
