package io.lushagraph.simulator.prospecting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The prospecting endpoints sit behind the simulator's gate like every other: key, faults, stats, quota headers. */
@QuarkusTest
class ProspectingGateTest {

    @ParameterizedTest
    @ValueSource(strings = { "contact/search", "contact/enrich", "company/search", "company/enrich" })
    void everyEndpointNeedsTheKeyTakesFaultsAndIsCounted(String path) {
        Sim.reset();
        String endpoint = "POST /prospecting/" + path;
        Sim.admin().body(Map.of("endpoint", endpoint, "status", 503, "count", 1)).post("/faults").then()
                .statusCode(equalTo(201));

        Sim.api().body(Map.of("filters", Map.of())).post("/prospecting/" + path).then().statusCode(503);
        given().basePath("/lusha-sim").contentType(ContentType.JSON).body(Map.of("filters", Map.of()))
                .post("/prospecting/" + path).then().statusCode(401).body("message", equalTo("Invalid API key"))
                .header("x-rate-limit-daily", equalTo("100000"));

        assertThat(Sim.stats()).containsEntry("requests", Map.of(endpoint, 2));
    }
}
