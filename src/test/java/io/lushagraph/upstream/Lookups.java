package io.lushagraph.upstream;

import java.util.List;
import java.util.Map;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.restassured.path.json.JsonPath;

/** GraphQL calls the upstream protection tests make: a credit-spending person lookup and the free account usage. */
final class Lookups {

    static final String PERSON_BULK = "POST /v2/person";
    static final String USAGE = "GET /account/usage";

    private static final String PERSON = """
            query($id: ID) { person(lookup: { id: $id }) { id fullName } }""";

    private Lookups() {
    }

    /** Ids of existing people, from an offset no other test uses. */
    static List<String> ids(int n, int offset) {
        return Simulator.people(n, offset).stream().map(p -> p.get("id")).toList();
    }

    static JsonPath person(String id) {
        return GraphQL.ok(PERSON, Map.of("id", id));
    }

    static JsonPath usage() {
        return GraphQL.ok("{ accountUsage { pools { name remaining } } }", Map.of());
    }

    /** The error code of the answer's first error, or null when it has none. */
    static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }
}
