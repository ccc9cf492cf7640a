package io.lushagraph.cost;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.GraphQL;
import io.lushagraph.Metrics;
import io.lushagraph.Simulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** RELIABILITY GQ-01 to GQ-04, GQ-06 and GQ-08: requests refused before they run, with no upstream call. */
@QuarkusTest
class QueryLimitsTest {

    /** A tenant with the default max-query-cost of 500. */
    static final String PLAIN = "plain-test-key";
    static final String PERSONS = "query($lookups: [PersonLookup!]!) { persons(lookups: $lookups) { person { id } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void gq01ATooDeepOperationIsRefusedBeforeAnyResolverRuns() {
        String deep = "__type(name: \"Person\") { " + "ofType { ".repeat(16) + "name" + " }".repeat(16) + " }";
        JsonPath answer = GraphQL.post(PLAIN, "{ person(lookup: { id: \"1\" }) { id } " + deep + " }", Map.of())
                .statusCode(200).extract().jsonPath();

        assertTooComplex(answer);
        assertThat(answer.getString("errors[0].message")).contains("18 fields deep").contains("at most 15");
        assertThat(answer.getInt("errors[0].extensions.depth")).isEqualTo(18);
        assertThat((Object) answer.get("data")).isNull();
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void gq02AnOperationOverTheTenantsCostIsRefusedAndOneUnderItRuns() {
        JsonPath refused = GraphQL.post(PLAIN, PERSONS, Map.of("lookups", lookups(200))).statusCode(200).extract()
                .jsonPath();
        assertTooComplex(refused);
        assertThat(refused.getLong("errors[0].extensions.cost")).isEqualTo(601);
        assertThat(refused.getLong("errors[0].extensions.maxCost")).isEqualTo(500);
        assertThat(refused.getLong("extensions.cost.estimated")).as(refused.prettify()).isEqualTo(601);
        assertThat(refused.getLong("extensions.cost.estimatedCredits")).isEqualTo(200);
        assertThat(refused.getLong("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests()).isEmpty();

        JsonPath admitted = GraphQL.post(PLAIN, PERSONS, Map.of("lookups", lookups(100))).statusCode(200).extract()
                .jsonPath();
        assertThat(admitted.getList("errors")).isNull();
        assertThat(admitted.getLong("extensions.cost.estimated")).isEqualTo(301);
        assertThat(Simulator.requests()).containsExactlyEntriesOf(Map.of("POST /v2/person", 1));
    }

    @Test
    void gq03FiftyAliasesAreRefusedWithNoCall() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 50; i++) {
            query.append(" p").append(i).append(": person(lookup: { id: \"").append(1000 + i).append("\" }) { id }");
        }
        JsonPath answer = GraphQL.post(PLAIN, query.append(" }").toString(), Map.of()).statusCode(200).extract()
                .jsonPath();
        assertTooComplex(answer);
        assertThat(answer.getString("errors[0].message")).contains("50 aliases");
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void gq04AnArrayOfOperationsInOnePostIsRefusedWhole() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(Map.of("query", PERSONS, "variables", Map.of("lookups", lookups(5))));
        }
        Response answer = given().header("Authorization", "Bearer " + PLAIN).contentType(ContentType.JSON)
                .body(batch).post("/graphql");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(answer.asString()).contains("one operation per request").doesNotContain("\"person\"");
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void gq06HugeDocumentsAreRefusedByTheParser() {
        String tooManyTokens = "{ me { " + "tenant ".repeat(10_000) + "} }";
        assertThat(GraphQL.post(PLAIN, tooManyTokens, Map.of()).statusCode(200).extract().jsonPath()
                .getString("errors[0].message")).isEqualTo("Unparseable input document");
        String fewerTokens = "{ me { " + "tenant ".repeat(1_000) + "} }";
        assertTooComplex(GraphQL.post(PLAIN, fewerTokens, Map.of()).statusCode(200).extract().jsonPath());

        String tooMuchWhitespace = "{ me { tenant" + ",\n".repeat(150_000) + "} }";
        assertThat(GraphQL.post(PLAIN, tooMuchWhitespace, Map.of()).statusCode(200).extract().jsonPath()
                .getString("errors[0].message")).isEqualTo("Unparseable input document");
        String someWhitespace = "{ me { tenant" + ",\n".repeat(1_000) + "} }";
        assertThat(GraphQL.post(PLAIN, someWhitespace, Map.of()).statusCode(200).extract().jsonPath()
                .getString("data.me.tenant")).isEqualTo("plain");
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void aFragmentSpreadBombIsRefusedWhileOtherRequestsAreAnswered() throws Exception {
        double onTheLoop = Metrics.sum("lusha_graph_query_cost_checks_total", Map.of("thread", "event-loop"));
        double offTheLoop = Metrics.sum("lusha_graph_query_cost_checks_total", Map.of("thread", "worker"));
        ObjectMapper json = new ObjectMapper();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<HttpResponse<String>>> bombs = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i % 5 == 0) {
                bombs.add(send(client, json, QueryCostCalculatorTest.fragmentBomb(40)));
            }
            others.add(send(client, json, "{ me { tenant } }"));
        }
        for (CompletableFuture<HttpResponse<String>> bomb : bombs) {
            JsonNode answer = json.readTree(bomb.get().body());
            assertThat(bomb.get().statusCode()).isEqualTo(200);
            assertThat(answer.at("/errors/0/extensions/code").asText()).as(answer.toString())
                    .isEqualTo("QUERY_TOO_COMPLEX");
            assertThat(answer.at("/errors/0/message").asText())
                    .isEqualTo("The request has 1099511627776 root fields; at most 20 are allowed");
            assertThat(answer.at("/data").isMissingNode() || answer.at("/data").isNull()).isTrue();
        }
        for (CompletableFuture<HttpResponse<String>> other : others) {
            assertThat(json.readTree(other.get().body()).at("/data/me/tenant").asText()).isEqualTo("plain");
        }
        assertThat(Simulator.requests()).isEmpty();
        assertThat(Metrics.sum("lusha_graph_query_cost_checks_total", Map.of("thread", "event-loop")))
                .as("no operation priced on an event loop").isEqualTo(onTheLoop);
        assertThat(Metrics.sum("lusha_graph_query_cost_checks_total", Map.of("thread", "worker")) - offTheLoop)
                .as("all 24 priced on a worker thread").isEqualTo(24);
    }

    private CompletableFuture<HttpResponse<String>> send(HttpClient client, ObjectMapper json, String query)
            throws Exception {
        return client.sendAsync(HttpRequest.newBuilder(graphql).header("Authorization", "Bearer " + PLAIN)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void gq08ATenantBarredFromContactDataIsRefusedBeforeAnyRevealCall() {
        String id = Simulator.people(1, 2_500).get(0).get("id");
        JsonPath refused = GraphQL.post("nocontacts-test-key",
                "{ person(lookup: { id: \"" + id + "\" }) { id emails { address } } }",
                Map.of()).statusCode(200).extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(Simulator.requests()).isEmpty();

        JsonPath allowed = GraphQL.post("nocontacts-test-key", "{ person(lookup: { id: \"" + id + "\" }) { id fullName } }",
                Map.of())
                .statusCode(200).extract().jsonPath();
        assertThat(allowed.getString("data.person.id")).isEqualTo(id);
    }

    private static void assertTooComplex(JsonPath answer) {
        assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo("QUERY_TOO_COMPLEX");
    }

    private static List<Map<String, Object>> lookups(int n) {
        List<Map<String, Object>> lookups = new ArrayList<>();
        Simulator.people(n, 2_000).forEach(p -> lookups.add(Map.of("id", p.get("id"))));
        return lookups;
    }
}
