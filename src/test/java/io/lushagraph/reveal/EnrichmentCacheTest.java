package io.lushagraph.reveal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.Budgets;
import io.lushagraph.ConcurrentClients;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.tenant.CreditBudgets;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** RELIABILITY U-7 and UP-12: found people are cached per Lusha account; identical lookups in flight share a call. */
@QuarkusTest
class EnrichmentCacheTest {

    static final String PERSON = """
            query($lookup: PersonLookup!) { person(lookup: $lookup) { id emails { address } } }""";
    static final String COMPANY = """
            query($lookup: CompanyLookup!) { company(lookup: $lookup) { id name } }""";

    @TestHTTPResource("/graphql")
    URI graphql;
    @Inject
    EnrichmentCaches caches;
    @Inject
    CreditBudgets budgets;
    @Inject
    MeterRegistry meters;

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void theSamePersonTwiceForOneTenantMakesOneCallAndChargesOnce() {
        String id = Simulator.people(1, 32_000).get(0).get("id");
        double hits = gets("person-enrichment", "hit");

        JsonPath first = GraphQL.post(PERSON, Map.of("lookup", Map.of("id", id))).statusCode(200).extract().jsonPath();
        JsonPath second = GraphQL.post(PERSON, Map.of("lookup", Map.of("id", id))).statusCode(200).extract()
                .jsonPath();

        assertThat(second.getString("data.person.id")).isEqualTo(id);
        assertThat(second.getList("data.person.emails")).isEqualTo(first.getList("data.person.emails"));
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);
        assertThat(second.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(second.getInt("extensions.cost.creditsCharged")).isZero();
        assertThat(gets("person-enrichment", "hit")).isEqualTo(hits + 1);
    }

    @Test
    void aTenantOnAnotherLushaAccountMakesItsOwnCall() {
        String id = Simulator.people(1, 32_100).get(0).get("id");

        GraphQL.post(GraphQL.ACME_KEY, PERSON, Map.of("lookup", Map.of("id", id))).statusCode(200);
        GraphQL.post(GraphQL.GLOBEX_KEY, PERSON, Map.of("lookup", Map.of("id", id))).statusCode(200);
        assertThat(Simulator.requests("POST /v2/person")).as("globex spends acme's account").isEqualTo(1);

        JsonPath initech = GraphQL.post("initech-test-key", PERSON, Map.of("lookup", Map.of("id", id))).statusCode(200)
                .extract().jsonPath();

        assertThat(initech.getString("data.person.id")).isEqualTo(id);
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(2);
    }

    @Test
    void aCompanyTwiceMakesOneCall() {
        String id = Simulator.companies(1, 4_100).get(0).get("id");

        GraphQL.post(COMPANY, Map.of("lookup", Map.of("id", id))).statusCode(200);
        JsonPath second = GraphQL.post(COMPANY, Map.of("lookup", Map.of("id", id))).statusCode(200).extract()
                .jsonPath();

        assertThat(second.getString("data.company.id")).isEqualTo(id);
        assertThat(Simulator.requests("POST /v2/company")).isEqualTo(1);
    }

    @Test
    void twentyIdenticalConcurrentRevealsMakeOneCallAndSpendOneCredit() throws Exception {
        budgets.forget("plain");
        int before = remaining("plain-test-key");
        String id = Simulator.people(1, 32_200).get(0).get("id");
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "latencyMs", 700, "count", 1));

        List<JsonNode> answers = ConcurrentClients.postAll(graphql, "plain-test-key", PERSON,
                Collections.nCopies(20, Map.<String, Object> of("lookup", Map.of("id", id))));

        assertThat(answers).allSatisfy(a -> assertThat(a.at("/data/person")).isEqualTo(answers.get(0).at("/data/person")));
        assertThat(answers.get(0).at("/data/person/id").asText()).isEqualTo(id);
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);
        Budgets.awaitRemaining("plain-test-key", before - 1);
        assertThat(meters.get("gateway.credits").tag("tenant", "plain").tag("outcome", "refunded").counter().count())
                .isGreaterThanOrEqualTo(19);
    }

    private double gets(String cache, String result) {
        return meters.get("cache.gets").tag("cache", cache).tag("result", result).functionCounter().count();
    }

    private static int remaining(String key) {
        return Budgets.remaining(key);
    }

}
