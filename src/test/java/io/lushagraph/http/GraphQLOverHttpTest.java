package io.lushagraph.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * GraphQL over HTTP on {@code /graphql}: request shapes that cannot run are 4xx with a GraphQL error
 * {@code BAD_REQUEST} (never a 500, a stack trace or an ERROR log line), media types are negotiated, and GET runs
 * queries through the same authentication, rate limit and cost check as POST, but never a mutation.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String ME = "{ me { tenant } }";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void aNumericOperationNameIs400WithNothingLoggedAtError() {
        try (ErrorLog errors = ErrorLog.start()) {
            Response answer = acme().contentType(ContentType.JSON).body("{\"query\":\"" + ME + "\",\"operationName\":1}")
                    .post("/graphql");

            assertBadRequest(answer, 400);
            assertThat(answer.jsonPath().getString("errors[0].message"))
                    .isEqualTo("\"operationName\" must be a string or null");
            assertThat(errors.records()).isEmpty();
        }
    }

    @Test
    void theErrorLogSeesWhatTheApplicationLogsAtError() {
        try (ErrorLog errors = ErrorLog.start()) {
            org.jboss.logging.Logger.getLogger(GraphQLHttpHandler.class).error("probe of the ERROR capture");

            assertThat(errors.records()).singleElement().asString().contains("probe of the ERROR capture");
        }
    }

    @Test
    void operationNameAndVariablesOfTheWrongJsonTypeAre400() {
        try (ErrorLog errors = ErrorLog.start()) {
            for (String member : List.of("\"operationName\":{\"a\":1}", "\"operationName\":false",
                    "\"operationName\":[\"Q\"]", "\"variables\":\"{}\"", "\"variables\":[1]", "\"variables\":0",
                    "\"variables\":true", "\"extensions\":\"x\"", "\"extensions\":[]", "\"query\":1",
                    "\"query\":{\"q\":1}", "\"query\":null")) {
                Response answer = acme().contentType(ContentType.JSON).body("{\"query\":\"" + ME + "\"," + member + "}")
                        .post("/graphql");
                assertBadRequest(answer, 400);
            }
            assertThat(errors.records()).isEmpty();
        }
    }

    @Test
    void nullMembersAreLeftOut() {
        JsonPath answer = acme().contentType(ContentType.JSON)
                .body("{\"query\":\"" + ME + "\",\"operationName\":null,\"variables\":null,\"extensions\":null}")
                .post("/graphql").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("data.me.tenant")).isEqualTo("acme");
        assertThat(answer.getList("errors")).isNull();
    }

    @Test
    void malformedBodiesAre400() {
        assertBadRequest(acme().contentType(ContentType.JSON).body("{ \"not a JSON").post("/graphql"), 400);
        assertBadRequest(acme().contentType(ContentType.JSON).post("/graphql"), 400);
        assertBadRequest(acme().contentType(ContentType.JSON).body("{\"qeury\":\"" + ME + "\"}").post("/graphql"), 400);
        assertBadRequest(acme().contentType(ContentType.JSON).body("\"" + ME + "\"").post("/graphql"), 400);
        Response batch = acme().contentType(ContentType.JSON).body("[{\"query\":\"" + ME + "\"}]").post("/graphql");
        assertBadRequest(batch, 400);
        assertThat(batch.jsonPath().getString("errors[0].message")).contains("one operation per request");
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertBadRequest(acme().contentType(ContentType.JSON)
                .body("{\"query\":\"" + ME + "\",\"variables\":{\"v\":" + deep + "}}").post("/graphql"), 400);
    }

    @Test
    void aPostWithoutAJsonContentTypeIs415() {
        assertBadRequest(acme().contentType("text/plain").body("{\"query\":\"" + ME + "\"}").post("/graphql"), 415);
        assertBadRequest(acme().contentType("application/graphql").body(ME.getBytes(StandardCharsets.UTF_8)).post("/graphql"),
                415);
        assertBadRequest(acme().contentType("application/json; charset=utf-16").body("{\"query\":\"" + ME + "\"}")
                .post("/graphql"), 415);
        assertBadRequest(acme().noContentType().body(("{\"query\":\"" + ME + "\"}").getBytes(StandardCharsets.UTF_8))
                .post("/graphql"), 415);

        acme().contentType("application/json; charset=UTF-8").body("{\"query\":\"" + ME + "\"}").post("/graphql")
                .then().statusCode(200);
    }

    @Test
    void getRunsQueriesWithVariablesAndTheNamedOperation() {
        String id = Simulator.people(1, 3_000).get(0).get("id");
        String document = "query Me { me { tenant } } query Person($lookup: PersonLookup!) { person(lookup: $lookup) { id } }";

        Response answer = acme().queryParam("query", document).queryParam("operationName", "Person")
                .queryParam("variables", "{\"lookup\":{\"id\":\"" + id + "\"}}").get("/graphql");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.jsonPath().getString("data.person.id")).isEqualTo(id);
        assertThat(answer.jsonPath().getList("errors")).isNull();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);

        JsonPath me = acme().queryParam("query", document).queryParam("operationName", "Me").get("/graphql").then()
                .statusCode(200).extract().jsonPath();
        assertThat(me.getString("data.me.tenant")).isEqualTo("acme");

        // Parameters are decoded once: a literal "%" or "+" in the document reaches GraphQL as written.
        JsonPath literal = acme().queryParam("query", "{ __type(name: \"100%+a b\") { name } }").get("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertThat(literal.getList("errors")).isNull();
        assertThat(literal.getMap("data")).containsEntry("__type", null);
    }

    @Test
    void aMutationOrSubscriptionOverGetIs405WithAllowPostAndDoesNothing() {
        Response mutation = acme().queryParam("query", "mutation { createOptOutSubscription { id } }").get("/graphql");
        assertBadRequest(mutation, 405);
        assertThat(mutation.header("Allow")).isEqualTo("POST");

        Response named = acme().queryParam("query", "query Q { me { tenant } } mutation M { __typename }")
                .queryParam("operationName", "M").header("Accept", GRAPHQL_RESPONSE).get("/graphql");
        assertBadRequest(named, 405);
        assertThat(named.header("Allow")).isEqualTo("POST");

        Response subscription = acme().queryParam("query", "subscription { optOutEvents { contactId } }")
                .get("/graphql");
        assertBadRequest(subscription, 405);
        assertThat(subscription.header("Allow")).isEqualTo("POST");
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void getNeedsATenantAndCountsAgainstItsLimitAndCost() {
        given().queryParam("query", ME).get("/graphql").then().statusCode(401);

        int throttled = 0;
        for (int i = 0; i < 12; i++) {
            Response answer = given().header("Authorization", "Bearer limited-test-key").queryParam("query", ME)
                    .get("/graphql");
            if (answer.statusCode() == 429) {
                throttled++;
                assertThat(answer.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
            } else {
                assertThat(answer.statusCode()).isEqualTo(200);
            }
        }
        assertThat(throttled).isPositive();

        String deep = "{ __type(name: \"Person\") { " + "ofType { ".repeat(16) + "name" + " }".repeat(16) + " } }";
        JsonPath refused = given().header("Authorization", "Bearer plain-test-key").queryParam("query", deep)
                .get("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void acceptAnyOrNoneAnswersApplicationJson() {
        for (String accept : new String[] { "*/*", "application/*", "application/json", "text/html, */*;q=0.8" }) {
            Response answer = acme().header("Accept", accept).contentType(ContentType.JSON)
                    .body(Map.of("query", ME)).post("/graphql");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.contentType()).as(accept).isEqualTo("application/json; charset=utf-8");
        }
        // REST Assured sends Accept: */* unless told otherwise; without the header the answer is JSON too.
        Response none = acme().contentType(ContentType.JSON).body(Map.of("query", ME)).post("/graphql");
        assertThat(none.contentType()).isEqualTo("application/json; charset=utf-8");

        Response graphqlResponse = acme().header("Accept", GRAPHQL_RESPONSE + ", application/json;q=0.9")
                .contentType(ContentType.JSON).body(Map.of("query", ME)).post("/graphql");
        assertThat(graphqlResponse.statusCode()).isEqualTo(200);
        assertThat(graphqlResponse.contentType()).isEqualTo(GRAPHQL_RESPONSE + "; charset=utf-8");

        assertBadRequest(acme().header("Accept", "text/html").contentType(ContentType.JSON)
                .body(Map.of("query", ME)).post("/graphql"), 406);
    }

    @Test
    void requestErrorsAre400UnderGraphQLResponseJsonAnd200UnderJson() {
        String tooDeep = "{ __type(name: \\\"Person\\\") { " + "ofType { ".repeat(16) + "name" + " }".repeat(16) + " } }";
        for (String request : List.of("{\"query\":\"{\"}", "{\"query\":\"{ noSuchField }\"}",
                "{\"query\":\"" + tooDeep + "\"}",
                "{\"query\":\"query($id: ID!) { __typename }\",\"variables\":{\"id\":null}}")) {
            Response strict = acme().header("Accept", GRAPHQL_RESPONSE).contentType(ContentType.JSON).body(request)
                    .post("/graphql");
            assertThat(strict.statusCode()).as(request).isEqualTo(400);
            assertThat(strict.jsonPath().getMap("")).as(request).doesNotContainKey("data").containsKey("errors");

            Response json = acme().header("Accept", "application/json").contentType(ContentType.JSON).body(request)
                    .post("/graphql");
            assertThat(json.statusCode()).as(request).isEqualTo(200);
            assertThat(json.jsonPath().getList("errors")).as(request).isNotEmpty();
        }
    }

    private static RequestSpecification acme() {
        return given().header("Authorization", "Bearer " + GraphQL.ACME_KEY);
    }

    private static void assertBadRequest(Response answer, int status) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).isIn("application/json; charset=utf-8", GRAPHQL_RESPONSE + "; charset=utf-8");
        assertThat(answer.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(answer.jsonPath().getString("errors[0].message")).isNotBlank();
        assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\"data\"");
    }

    /** Captures the records the application logs at ERROR while open. */
    private static final class ErrorLog extends Handler implements AutoCloseable {

        private final List<String> records = new ArrayList<>();

        static ErrorLog start() {
            ErrorLog log = new ErrorLog();
            log.setLevel(Level.SEVERE);
            Logger.getLogger("").addHandler(log);
            return log;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                records.add(record.getLoggerName() + ": " + record.getMessage() + " " + record.getThrown());
            }
        }

        synchronized List<String> records() {
            return List.copyOf(records);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            Logger.getLogger("").removeHandler(this);
        }
    }
}
