package io.lushagraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code signalOptions(entityType)}: Lusha's signal types per entity type, each cached like a catalog. */
@QuarkusTest
class SignalOptionsTest {

    private static final String OPTIONS = "query($type: EntityType!) { signalOptions(entityType: $type) }";
    private static final String ENDPOINT = "GET /api/signals/filters/{objectType}";

    @Inject
    SteppingTicker ticker;

    @BeforeEach
    void startEmpty() {
        Simulator.reset();
        ticker.expireEverything();
    }

    @Test
    void eachEntityTypeIsLoadedOnceAndThenServedFromTheCache() {
        JsonPath contact = GraphQL.ok(OPTIONS, Map.of("type", "CONTACT"));
        JsonPath company = GraphQL.ok(OPTIONS, Map.of("type", "COMPANY"));
        JsonPath contactAgain = GraphQL.post(GraphQL.GLOBEX_KEY, OPTIONS, Map.of("type", "CONTACT")).statusCode(200)
                .extract().jsonPath();

        assertThat(contact.getList("data.signalOptions")).containsExactly("promotion", "companyChange", "allSignals");
        assertThat(company.getList("data.signalOptions")).hasSize(23).contains("allSignals", "surgeInHiring",
                "headcountDecrease12m", "websiteTrafficIncrease", "riskNews");
        assertThat(contactAgain.getList("data.signalOptions")).isEqualTo(contact.getList("data.signalOptions"));
        assertThat(contact.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(company.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(contactAgain.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests()).isEqualTo(Map.of(ENDPOINT, 2));
    }

    @Test
    void anUnknownEntityTypeIsRejectedBeforeAnyCall() {
        JsonPath answer = GraphQL.ok(OPTIONS, Map.of("type", "PERSON"));

        assertThat(answer.getList("errors")).isNotEmpty();
        assertThat(Simulator.requests()).isEmpty();
    }
}
