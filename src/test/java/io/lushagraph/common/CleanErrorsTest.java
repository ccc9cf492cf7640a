package io.lushagraph.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Every error a client sees has the gateway's code and words: no internal names, no classification. */
@QuarkusTest
class CleanErrorsTest {

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    private static JsonPath post(String query) {
        String body = given().header("Authorization", "Bearer " + GraphQL.ACME_KEY).contentType(ContentType.JSON)
                .body(Map.of("query", query)).post("/graphql").then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("classification").doesNotContain("Value{").doesNotContain("io.lushagraph")
                .doesNotContain("System error").doesNotContain("upstreamPublisher");
        return new JsonPath(body);
    }

    @Test
    void aSubscriptionOverHttpIsRefusedWithOurCode() {
        JsonPath answer = post("subscription { optOutEvents { contactId } }");

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("WebSocket");
        assertThat((Object) answer.get("data")).isNull();
    }

    @Test
    void aNumberOutOfRangeIsInvalidInput() {
        JsonPath answer = post("{ searchContacts(page: { page: 99999999999, size: 10 }) { requestId } }");

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getList("errors")).hasSize(1);
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void validationMessagesNameTheArgumentNotTheSyntaxTree() {
        JsonPath unknownField = post("{ person(lookup: { foo: 1 }) { id } }");
        assertThat(unknownField.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(unknownField.getString("errors[0].message")).isEqualTo(
                "Validation error (WrongType@[person]) : argument 'lookup' contains a field not in 'PersonLookup': 'foo'");

        JsonPath wrongEnum = post("{ person(lookup: { id: \"1\" }, options: { filterBy: NOPE }) { id } }");
        assertThat(wrongEnum.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(wrongEnum.getString("errors[0].message")).contains("argument 'options.filterBy' is not a valid "
                + "'DataPointFilter'").endsWith("'NOPE'");

        JsonPath badDate = post("""
                { searchContacts(filters: { signals: { types: ["promotion"], since: "notadate" } }) { requestId } }""");
        assertThat(badDate.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(badDate.getList("errors")).as("no second error for the null it caused").hasSize(1);
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void ourOwnErrorsKeepTheirCodeAndMessage() {
        JsonPath answer = post("{ person(lookup: { firstName: \"Dana\" }) { id } }");

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("person lookup needs");
        assertThat(answer.getMap("errors[0].extensions")).containsOnlyKeys("code");
        assertThat(answer.getList("errors[0].path")).containsExactly("person");
    }
}
