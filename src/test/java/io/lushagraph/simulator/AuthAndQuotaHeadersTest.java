package io.lushagraph.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AuthAndQuotaHeadersTest {

    private String email;

    @BeforeEach
    void reset() {
        Sim.reset();
        email = (String) Sim.people(20, 3_000).stream().filter(p -> p.get("email") != null).findFirst()
                .orElseThrow().get("email");
    }

    @Test
    void aWrongOrMissingKeyIsA401WithQuotaHeaders() {
        Response wrong = given().basePath("/lusha-sim").header("api_key", "not-the-key").queryParam("email", email)
                .get("/v2/person");
        Response missing = given().basePath("/lusha-sim").get("/account/usage");

        for (Response response : new Response[] { wrong, missing }) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.jsonPath().getMap("$"))
                    .isEqualTo(Map.of("statusCode", 401, "message", "Invalid API key"));
            assertQuotaHeaders(response);
        }
        assertThat(Sim.stats().get("requests")).isEqualTo(Map.of("GET /v2/person", 1, "GET /account/usage", 1));
    }

    @Test
    void theKeyHeaderNameIsCaseInsensitive() {
        given().basePath("/lusha-sim").header("API_KEY", Sim.KEY).queryParam("email", email).get("/v2/person")
                .then().statusCode(200);
    }

    @Test
    void everyAnswerCarriesTheNineQuotaHeaders() {
        assertQuotaHeaders(Sim.api().queryParam("email", email).get("/v2/person").then().statusCode(200).extract()
                .response());
        assertQuotaHeaders(Sim.api().get("/v2/person").then().statusCode(400).extract().response());
        assertQuotaHeaders(Sim.api().queryParam("firstName", "Dana").get("/v2/person").then().statusCode(412)
                .extract().response());
        assertQuotaHeaders(Sim.api().body("[").post("/bulk/company/v2").then().statusCode(400).extract().response());
    }

    @Test
    void usageHeadersCountAcceptedRequests() {
        Response first = Sim.api().queryParam("email", email).get("/v2/person");
        Response second = Sim.api().queryParam("email", email).get("/v2/person");

        long firstUsage = Long.parseLong(first.header("x-minute-usage"));
        assertThat(Long.parseLong(second.header("x-minute-usage"))).isEqualTo(firstUsage + 1);
        long left = Long.parseLong(second.header("x-daily-requests-left"));
        long used = Long.parseLong(second.header("x-daily-usage"));
        assertThat(left + used).isEqualTo(Long.parseLong(second.header("x-rate-limit-daily")));
    }

    private static void assertQuotaHeaders(Response response) {
        for (String header : Sim.QUOTA_HEADERS) {
            assertThat(response.header(header)).as(header).isNotNull().matches("\\d+");
        }
    }
}
