package io.lushagraph.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.ConcurrentClients;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Single {@code person} lookups from concurrent HTTP requests share bulk calls within the batch window. */
@QuarkusTest
class PersonCoalescingTest {

    static final String PERSON = """
            query($id: ID) {
              person(lookup: { id: $id }) { id fullName company { name } }
            }""";

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void oneHundredConcurrentRequestsMakeAtMostTenBulkCalls() throws Exception {
        warmUp();
        List<Map<String, String>> people = Simulator.people(100, 5_000);
        Simulator.reset();

        List<JsonNode> answers = ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, PERSON,
                people.stream().map(p -> Map.<String, Object> of("id", p.get("id"))).toList());

        for (int i = 0; i < people.size(); i++) {
            JsonNode answer = answers.get(i);
            assertThat(answer.has("errors")).as("answer %s has no errors: %s", i, answer).isFalse();
            assertThat(answer.at("/data/person/id").asText()).isEqualTo(people.get(i).get("id"));
            assertThat(answer.at("/data/person/company/name").asText()).isEqualTo(people.get(i).get("companyName"));
            assertThat(answer.at("/extensions/cost/upstreamCalls").asInt()).isEqualTo(1);
        }
        int calls = Simulator.requests("POST /v2/person");
        assertThat(calls).isBetween(1, 10);
        assertThat(Simulator.batchSizes("POST /v2/person"));
        assertThat(Simulator.batchSizes("POST /v2/person").stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(Simulator.requests()).containsOnlyKeys("POST /v2/person");
    }

    private void warmUp() throws Exception {
        List<Map<String, String>> people = Simulator.people(20, 6_000);
        ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, PERSON,
                people.stream().map(p -> Map.<String, Object> of("id", p.get("id"))).toList());
    }
}
