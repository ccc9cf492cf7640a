package io.lushagraph.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code accountUsage} shows Lusha's credit pools as the account's usage endpoint reports them. */
@QuarkusTest
class AccountUsageTest {

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void showsTheCreditPoolsWithOneUpstreamCall() {
        JsonPath answer = GraphQL.ok("{ accountUsage { pools { name used total remaining } } }", Map.of());

        JsonPath direct = given().header("api_key", "sim-key").get("/lusha-sim/account/usage")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("data.accountUsage.pools[0].name")).isEqualTo("bulkCredits");
        assertThat(answer.getDouble("data.accountUsage.pools[0].total"))
                .isEqualTo(direct.getDouble("usage.bulkCredits.total"));
        assertThat(answer.getDouble("data.accountUsage.pools[0].remaining"))
                .isEqualTo(answer.getDouble("data.accountUsage.pools[0].total")
                        - answer.getDouble("data.accountUsage.pools[0].used"));
        assertThat(answer.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(Simulator.requests("GET /account/usage")).isEqualTo(2);
    }

    @Test
    void lushasSixthUsageCallInAMinuteIsRateLimited() {
        for (int i = 0; i < 5; i++) {
            assertThat(GraphQL.ok("{ accountUsage { pools { name } } }", Map.of()).getList("errors")).isNull();
        }
        JsonPath sixth = GraphQL.ok("{ accountUsage { pools { name } } }", Map.of());
        assertThat(sixth.getString("errors[0].extensions.code")).isEqualTo("UPSTREAM_RATE_LIMITED");
    }
}
