package io.lushagraph.prospecting;

import static io.lushagraph.prospecting.ProspectingQueries.ENRICH_CONTACTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * More than 100 ids go to Lusha 100 per call. A search returns at most 50 rows, so over 100 ids can only reach Lusha
 * for a search this gateway does not remember (made elsewhere, or forgotten); each failed call fails its own ids.
 */
@QuarkusTest
class EnrichChunkingTest {

    @BeforeEach
    void reset() {
        Simulator.reset();
        Sim.resetWithLedger();
    }

    @Test
    void aHundredAndOneIdsMakeTwoEnrichCallsAndEachIdGetsItsOwnAnswer() {
        List<Map<String, String>> people = Simulator.people(2, 51_100);
        JsonPath elsewhere = ProspectingQueries.searchPastTheGateway(ProspectingQueries.linkedinUrls(people));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        ids.add(elsewhere.getString("data[0].contactId"));

        JsonPath enriched = GraphQL.ok(ENRICH_CONTACTS, Map.of("requestId", elsewhere.getString("requestId"), "ids",
                ids));

        List<Map<String, Object>> results = enriched.getList("data.enrichContacts");
        assertThat(results).hasSize(101);
        assertThat(results.subList(0, 100)).allMatch(r -> r.get("person") == null
                && "INVALID_INPUT".equals(((Map<?, ?>) r.get("error")).get("code")));
        assertThat(enriched.getString("data.enrichContacts[100].person.fullName"))
                .isEqualTo(elsewhere.getString("data[0].name"));
        assertThat(enriched.getList("data.enrichContacts.contactId")).containsExactlyElementsOf(ids);
        assertThat(Simulator.requests(SearchAndEnrichContactsTest.ENRICH)).isEqualTo(2);
        assertThat(Simulator.batchSizes(SearchAndEnrichContactsTest.ENRICH)).as("the refused call records no batch")
                .containsExactly(1);
        assertThat(enriched.getInt("extensions.cost.upstreamCalls")).isEqualTo(2);
        assertThat(enriched.getInt("extensions.cost.creditsCharged")).isEqualTo(1);
    }

    @Test
    void aFailedCallFailsOnlyItsOwnIds() {
        List<Map<String, String>> people = Simulator.people(2, 51_150);
        JsonPath elsewhere = ProspectingQueries.searchPastTheGateway(ProspectingQueries.linkedinUrls(people));
        List<String> ids = new ArrayList<>();
        ids.add(elsewhere.getString("data[0].contactId"));
        for (int i = 0; i < 99; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        ids.add(elsewhere.getString("data[1].contactId"));
        // 502 on a credit-spending call: its outcome is unknown, so it is not retried and its chunk fails
        Simulator.fault(Map.of("endpoint", SearchAndEnrichContactsTest.ENRICH, "status", 502, "count", 1));

        JsonPath enriched = GraphQL.ok(ENRICH_CONTACTS, Map.of("requestId", elsewhere.getString("requestId"), "ids",
                ids));

        assertThat(enriched.getString("data.enrichContacts[0].error.code")).isEqualTo("UPSTREAM_OUTCOME_UNKNOWN");
        assertThat(enriched.getString("data.enrichContacts[99].error.code")).isEqualTo("UPSTREAM_OUTCOME_UNKNOWN");
        assertThat(enriched.getString("data.enrichContacts[100].person.fullName"))
                .isEqualTo(elsewhere.getString("data[1].name"));
        assertThat(Simulator.requests(SearchAndEnrichContactsTest.ENRICH)).isEqualTo(2);
        assertThat(Simulator.batchSizes(SearchAndEnrichContactsTest.ENRICH)).containsExactly(1);
    }
}
