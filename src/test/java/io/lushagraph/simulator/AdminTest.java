package io.lushagraph.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdminTest {

    private static final String EMPTY_STATS = "{\"requests\":{},\"busiestSecond\":{},\"batchSizes\":{},\"rateLimited\":0,\"creditsCharged\":0}";

    @BeforeEach
    void reset() {
        Sim.resetWithLedger();
    }

    @Test
    void statsHaveExactlyTheDocumentedShape() {
        List<Map<String, Object>> people = Sim.people(30, 6_000).stream().filter(p -> p.get("email") != null)
                .limit(4).toList();
        Sim.api().queryParam("personId", people.get(0).get("id")).get("/v2/person").then().statusCode(200);
        Sim.api().queryParam("email", "nobody@nowhere.example").get("/v2/person").then().statusCode(200);
        Sim.bulkByPersonId(people.subList(1, 4)).then().statusCode(200);
        given().basePath("/lusha-sim").header("api_key", "wrong").get("/v2/person").then().statusCode(401);

        String stats = Sim.admin().get("/stats").then().statusCode(200).extract().asString();

        assertThat(stats).isEqualTo("{\"requests\":{\"GET /v2/person\":3,\"POST /v2/person\":1},"
                + "\"busiestSecond\":{\"GET /v2/person\":3,\"POST /v2/person\":1},\"batchSizes\":{\"POST /v2/person\":[3]},\"rateLimited\":0,\"creditsCharged\":4}");
    }

    @Test
    void resetZeroesTheStatsAndAdminCallsAreNeverCounted() {
        Sim.api().get("/account/usage").then().statusCode(200);

        Sim.reset();
        Sim.people(2, 0);
        Sim.admin().get("/faults").then().statusCode(200);

        assertThat(Sim.admin().get("/stats").then().extract().asString()).isEqualTo(EMPTY_STATS);
    }

    @Test
    void peopleSamplesAreDeterministicAndOffsetShiftsThem() {
        List<Map<String, Object>> first = Sim.people(3, 10);
        List<Map<String, Object>> again = Sim.people(3, 10);
        List<Map<String, Object>> shifted = Sim.people(3, 11);

        assertThat(again).isEqualTo(first);
        assertThat(shifted.subList(0, 2)).isEqualTo(first.subList(1, 3));
        assertThat(first.get(0).keySet()).containsExactly("id", "email", "linkedinUrl", "firstName", "lastName",
                "companyName", "companyDomain");
        assertThat((String) first.get(0).get("id")).matches("\\d+");
        assertThat(Sim.people(50, 0)).anySatisfy(p -> assertThat(p.get("email")).isNull());
    }

    @Test
    void companySamplesNameIdNameAndDomain() {
        List<Map<String, Object>> companies = Sim.companies(2, 0);

        assertThat(companies).hasSize(2);
        assertThat(companies.get(0).keySet()).containsExactly("id", "name", "domain");
        assertThat(companies.get(0)).isNotEqualTo(companies.get(1));
    }

    @Test
    void badSampleRequestsAreA400() {
        for (Map<String, Object> query : List.<Map<String, Object>> of(Map.of("entity", "robot", "n", 1),
                Map.of("entity", "person", "n", 0), Map.of("entity", "person", "n", "many"),
                Map.of("entity", "company", "n", 1001), Map.of("entity", "person", "n", 1, "offset", -1))) {
            Sim.admin().queryParams(query).get("/sample").then().statusCode(400);
        }
    }
}
