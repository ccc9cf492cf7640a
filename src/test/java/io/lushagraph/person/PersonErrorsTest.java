package io.lushagraph.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bad input is refused before any upstream call, unknown people are null, and Lusha's failures keep their code. */
@QuarkusTest
class PersonErrorsTest {

    static final String PERSON = """
            query($lookup: PersonLookup!) {
              person(lookup: $lookup) { id fullName }
            }""";

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void aLookupWithoutIdentifierIsInvalidInputWithNoUpstreamCall() {
        JsonPath answer = GraphQL.ok(PERSON, Map.of("lookup", Map.of("firstName", "Dana", "companyName", "Acme")));

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("person lookup needs");
        assertThat(answer.getString("data.person")).isNull();
        assertThat(Simulator.requests()).isEmpty();
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isZero();
    }

    @Test
    void anInvalidLookupInAListFailsAloneAndIsNeverSent() {
        List<Map<String, String>> people = Simulator.people(2, 8_000);
        List<Map<String, Object>> lookups = List.of(Map.of("id", people.get(0).get("id")), Map.of("lastName", "Levi"),
                Map.of("id", people.get(1).get("id")));

        JsonPath answer = GraphQL.ok(PersonBatchingTest.PERSONS, Map.of("lookups", lookups));

        assertThat(answer.getString("data.persons[0].person.id")).isEqualTo(people.get(0).get("id"));
        assertThat(answer.getString("data.persons[1].person")).isNull();
        assertThat(answer.getString("data.persons[1].error.code")).isEqualTo("INVALID_INPUT");
        assertThat(answer.getString("data.persons[2].person.id")).isEqualTo(people.get(1).get("id"));
        assertThat(Simulator.batchSizes("POST /v2/person")).containsExactly(2);
    }

    @Test
    void anUnknownPersonIsNullWithoutError() {
        JsonPath answer = GraphQL.ok(PERSON, Map.of("lookup", Map.of("email", "nobody@nowhere.invalid")));

        assertThat(answer.getString("data.person")).isNull();
        assertThat(answer.getList("errors")).isNull();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);
    }

    /** Failures worth retrying persist over the three attempts; the others are answered once. */
    @ParameterizedTest(name = "upstream {0} is {2} after {3} calls")
    @CsvSource(delimiter = '|', value = {
            "451 | We are unable to process this contact request due to our GDPR regulations | GDPR_BLOCKED | 1",
            "401 | Invalid API key | UPSTREAM_UNAUTHORIZED | 1",
            "403 | Your account is not active. | UPSTREAM_UNAUTHORIZED | 1",
            "402 | Insufficient credits | PAYMENT_REQUIRED | 1",
            "500 | Internal server error. Please try again later. | UPSTREAM_UNAVAILABLE | 3",
            "503 | Service unavailable | UPSTREAM_UNAVAILABLE | 3",
            "502 | Bad gateway | UPSTREAM_OUTCOME_UNKNOWN | 1",
            "429 | Too many requests. Please wait before making another request. | UPSTREAM_RATE_LIMITED | 3",
            "429 | Daily API quota limit exceeded. Limit 1000 calls per day | UPSTREAM_QUOTA_EXHAUSTED | 1",
            "400 | Invalid request parameters | INVALID_INPUT | 1",
            "403 | api_key sim-key is not valid | UPSTREAM_UNAUTHORIZED | 1" })
    void upstreamFailuresMapToTheirCode(int status, String message, String code, int calls) {
        String id = Simulator.people(1, 9_000).get(0).get("id");
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "status", status, "message", message, "count", calls));

        JsonPath answer = GraphQL.ok(PERSON, Map.of("lookup", Map.of("id", id)));

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo(code);
        assertThat(answer.getString("errors[0].message")).as("the gateway's own words, never Lusha's")
                .contains(Integer.toString(status)).doesNotContain("sim-key").doesNotContain(message);
        assertThat(answer.getString("errors[0].path[0]")).isEqualTo("person");
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(calls);
    }

    @Test
    void aFailedBulkCallFailsOnlyItsOwnLookups() {
        List<Map<String, String>> people = Simulator.people(200, 10_000);
        List<Map<String, Object>> lookups = new ArrayList<>();
        people.forEach(p -> lookups.add(new HashMap<>(Map.of("id", p.get("id")))));
        // 502 on a credit-spending call: its outcome is unknown, so it is not retried and its chunk fails
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "status", 502, "count", 1));

        JsonPath answer = GraphQL.ok(PersonBatchingTest.PERSONS, Map.of("lookups", lookups));

        List<String> codes = answer.getList("data.persons.error.code");
        List<String> ids = answer.getList("data.persons.person.id");
        assertThat(codes.stream().filter("UPSTREAM_OUTCOME_UNKNOWN"::equals).count()).isEqualTo(100);
        assertThat(ids.stream().filter(id -> id != null).count()).isEqualTo(100);
        assertThat(answer.getList("errors")).isNull();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(2);
    }
}
