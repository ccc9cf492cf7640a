package io.lushagraph.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Collections;
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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the batch window off, identical lookups in flight still share one upstream call. */
@QuarkusTest
@TestProfile(PersonSingleFlightTest.NoWindow.class)
class PersonSingleFlightTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void twentyIdenticalConcurrentLookupsMakeOneCall() throws Exception {
        Map<String, String> person = Simulator.people(1, 7_000).get(0);
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "latencyMs", 700, "count", 1));

        List<JsonNode> answers = ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, PersonCoalescingTest.PERSON,
                Collections.nCopies(20, Map.of("id", person.get("id"))));

        assertThat(answers).allSatisfy(a -> assertThat(a.at("/data/person/id").asText()).isEqualTo(person.get("id")));
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);
    }

    @Test
    void distinctLookupsWithoutAWindowGoOneByOne() throws Exception {
        List<Map<String, String>> people = Simulator.people(5, 7_100);

        ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, PersonCoalescingTest.PERSON,
                people.stream().map(p -> Map.<String, Object> of("id", p.get("id"))).toList());

        assertThat(Simulator.batchSizes("POST /v2/person")).containsExactly(1, 1, 1, 1, 1);
    }

    public static class NoWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.batch.window", "0");
        }
    }
}
