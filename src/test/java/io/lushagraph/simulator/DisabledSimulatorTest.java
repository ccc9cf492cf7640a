package io.lushagraph.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(DisabledSimulatorTest.Disabled.class)
class DisabledSimulatorTest {

    @Inject
    SimulatorUniverse universe;

    /** The production default: no simulator. */
    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lusha.simulator.enabled", "false");
        }
    }

    @Test
    void everySimulatorPathIs404AndNoUniverseIsBuilt() {
        given().header("api_key", Sim.KEY).queryParam("email", "a@b.c").get("/lusha-sim/v2/person").then()
                .statusCode(404);
        given().header("api_key", Sim.KEY).get("/lusha-sim/account/usage").then().statusCode(404);
        given().get("/lusha-sim/_admin/stats").then().statusCode(404);
        given().post("/lusha-sim/_admin/reset").then().statusCode(404);
        given().get("/lusha-sim/_admin/sample?entity=person&n=1").then().statusCode(404);

        assertThat(universe.isBuilt()).isFalse();
    }
}
