package io.lushagraph.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.ConcurrentClients;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.Sim;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code Person.signals} under a list resolves in bulk: one {@code POST /api/signals/contacts} per 100 people and
 * distinct arguments, whatever the aliases.
 */
@QuarkusTest
class PersonSignalsTest {

    private static final String PERSONS_WITH_PROMOTIONS = """
            query($lookups: [PersonLookup!]!) {
              persons(lookups: $lookups) {
                person { id signals(types: [PROMOTION]) { type date } }
                error { code }
              }
            }""";

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void reset() {
        Simulator.reset();
        Sim.resetWithLedger();
    }

    @Test
    void oneHundredFiftyPeopleMakeTwoPersonCallsAndTwoSignalCalls() {
        List<Map<String, String>> people = Simulator.people(150, 63_000);
        List<String> ids = people.stream().map(p -> p.get("id")).toList();

        JsonPath answer = GraphQL.ok(PERSONS_WITH_PROMOTIONS, Map.of("lookups", byId(ids)));

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.<String> getList("data.persons.person.id")).isEqualTo(ids);
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(2);
        assertThat(Simulator.requests("POST /api/signals/contacts")).isLessThanOrEqualTo(2);
        assertThat(Simulator.batchSizes("POST /api/signals/contacts")).containsExactlyInAnyOrder(100, 50);
        assertThat(Simulator.requests().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(4);
        long charged = Simulator.stats().getLong("creditsCharged");
        assertThat(answer.getLong("extensions.cost.creditsCharged")).isEqualTo(charged);

        Map<String, List<Map<String, Object>>> expected = SimulatorSignals.contacts(ids, List.of("promotion"), null);
        int withSignals = 0;
        for (int i = 0; i < ids.size(); i++) {
            List<Map<String, Object>> signals = answer.getList("data.persons[" + i + "].person.signals");
            assertThat(signals).as("signals of %s", ids.get(i)).isEqualTo(expected.get(ids.get(i)));
            withSignals += signals.isEmpty() ? 0 : 1;
        }
        assertThat(withSignals).isPositive();
        assertThat(charged).isEqualTo(withSignals + 150);
    }

    @Test
    void aliasesWithDifferentArgumentsEachGetTheirOwnAnswer() {
        List<String> ids = Simulator.people(40, 64_000).stream().map(p -> p.get("id")).toList();
        String since = LocalDate.now(ZoneOffset.UTC).minusYears(2).toString();
        String query = """
                query($lookups: [PersonLookup!]!, $since: Date) {
                  persons(lookups: $lookups) {
                    person {
                      id
                      p: signals(types: [PROMOTION]) { type date }
                      c: signals(types: [COMPANY_CHANGE]) { type date }
                      again: signals(types: [PROMOTION]) { type date }
                      older: signals(types: [COMPANY_CHANGE, PROMOTION], since: $since) { type date }
                    }
                  }
                }""";

        JsonPath answer = GraphQL.ok(query, Map.of("lookups", byId(ids), "since", since));

        assertThat(answer.getList("errors")).isNull();
        assertThat(Simulator.batchSizes("POST /api/signals/contacts")).containsExactly(40, 40, 40);
        Map<String, List<Map<String, Object>>> promotions = SimulatorSignals.contacts(ids, List.of("promotion"),
                null);
        Map<String, List<Map<String, Object>>> changes = SimulatorSignals.contacts(ids, List.of("companyChange"),
                null);
        Map<String, List<Map<String, Object>>> older = SimulatorSignals.contacts(ids,
                List.of("promotion", "companyChange"), since);
        int olderCount = 0;
        for (int i = 0; i < ids.size(); i++) {
            String person = "data.persons[" + i + "].person.";
            assertThat(answer.<Map<String, Object>> getList(person + "p")).isEqualTo(promotions.get(ids.get(i)));
            assertThat(answer.<Map<String, Object>> getList(person + "again")).isEqualTo(promotions.get(ids.get(i)));
            assertThat(answer.<Map<String, Object>> getList(person + "c")).isEqualTo(changes.get(ids.get(i)));
            assertThat(answer.<Map<String, Object>> getList(person + "older")).isEqualTo(older.get(ids.get(i)));
            olderCount += answer.getList(person + "older").size() - answer.getList(person + "p").size()
                    - answer.getList(person + "c").size();
        }
        assertThat(olderCount).as("since reaches further back than the default six months").isPositive();
        assertThat(answer.<String> getList("data.persons.person.p.type.flatten()")).isNotEmpty()
                .containsOnly("PROMOTION");
        assertThat(answer.<String> getList("data.persons.person.c.type.flatten()")).isNotEmpty()
                .containsOnly("COMPANY_CHANGE");
    }

    @Test
    void aFailedSignalCallNullsOnlyTheSignalsField() {
        List<String> ids = Simulator.people(3, 65_000).stream().map(p -> p.get("id")).toList();
        Simulator.fault(Map.of("endpoint", "POST /api/signals/contacts", "status", 503, "count", 3));

        JsonPath answer = GraphQL.ok(PERSONS_WITH_PROMOTIONS, Map.of("lookups", byId(ids)));

        assertThat(answer.<String> getList("data.persons.person.id")).isEqualTo(ids);
        assertThat(answer.<Object> getList("data.persons.person.signals")).containsOnlyNulls();
        assertThat(answer.<String> getList("errors.extensions.code")).hasSize(3).containsOnly("UPSTREAM_UNAVAILABLE");
        assertThat(answer.<List<Object>> getList("errors.path")).contains(List.of("persons", 0, "person", "signals"));
    }

    @Test
    void concurrentRequestsShareTheSignalCallOfThePeopleTheyShare() throws Exception {
        List<String> ids = Simulator.people(20, 68_000).stream().map(p -> p.get("id")).toList();
        Simulator.fault(Map.of("endpoint", "POST /api/signals/contacts", "latencyMs", 1500, "count", 1));

        List<JsonNode> answers = ConcurrentClients.postAll(graphql, GraphQL.ACME_KEY, PERSONS_WITH_PROMOTIONS,
                Collections.nCopies(8, Map.of("lookups", byId(ids))));

        assertThat(Simulator.batchSizes("POST /api/signals/contacts")).containsExactly(20);
        long credits = answers.stream().mapToLong(a -> a.at("/extensions/cost/creditsCharged").asLong()).sum();
        assertThat(credits).as("each credit counted by one request").isEqualTo(Simulator.stats()
                .getLong("creditsCharged"));
        Map<String, List<Map<String, Object>>> expected = SimulatorSignals.contacts(ids, List.of("promotion"), null);
        for (JsonNode answer : answers) {
            for (int i = 0; i < ids.size(); i++) {
                JsonNode signals = answer.at("/data/persons/" + i + "/person/signals");
                assertThat(signals.size()).isEqualTo(expected.get(ids.get(i)).size());
            }
        }
    }

    static List<Map<String, Object>> byId(List<String> ids) {
        return ids.stream().map(id -> Map.<String, Object> of("id", id)).toList();
    }
}
