package io.lushagraph.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.store.Store;
import io.quarkus.agroal.DataSource.DataSourceLiteral;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Liveness, and readiness with the store and the state of the Lusha circuit breakers. */
@QuarkusTest
class HealthTest {

    @Inject
    GatewayConfig config;

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void readyWithTheStoreAndNoOpenCircuit() {
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getString("checks.find { it.name == 'store' }.status")).isEqualTo("UP");
        assertThat(ready.getString("checks.find { it.name == 'store' }.data.kind")).isEqualTo("H2");
        assertThat(ready.getInt("checks.find { it.name == 'lusha-upstream' }.data.openCircuits")).isZero();
        assertThat(given().get("/q/health/live").then().statusCode(200).extract().jsonPath().getString("status"))
                .isEqualTo("UP");
    }

    @Test
    void anOpenCircuitIsReportedWhileReadinessStaysUp() {
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "status", 503, "count", 20));
        for (int i = 0; i < 2; i++) {
            GraphQL.ok("query($l: [PersonLookup!]!) { persons(lookups: $l) { error { code } } }",
                    Map.of("l", List.of(Map.of("id", Simulator.people(1, 14_000 + i).get(0).get("id")))));
        }
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getInt("checks.find { it.name == 'lusha-upstream' }.data.openCircuits")).isEqualTo(1);
        assertThat(ready.getString("checks.find { it.name == 'lusha-upstream' }.data.'POST /v2/person'"))
                .isEqualTo("OPEN");
        Simulator.reset();
    }

    @Test
    void readinessIsDownWhileTheStoreIsUnreachable() {
        InjectableInstance<AgroalDataSource> h2 = Arc.container().select(AgroalDataSource.class,
                new DataSourceLiteral("h2"));
        InjectableInstance<AgroalDataSource> postgresql = Arc.container().select(AgroalDataSource.class,
                new DataSourceLiteral("postgresql"));
        QuarkusMock.installMockForType(new Store(config, h2, postgresql) {
            @Override
            public DataSource dataSource() {
                return unreachable();
            }
        }, Store.class);

        JsonPath ready = given().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
        assertThat(ready.getString("status")).isEqualTo("DOWN");
        assertThat(ready.getString("checks.find { it.name == 'store' }.status")).isEqualTo("DOWN");
        assertThat(given().get("/q/health/live").then().statusCode(200).extract().jsonPath().getString("status"))
                .isEqualTo("UP");
    }

    private static DataSource unreachable() {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    throw new SQLException("Connection refused", "08001");
                });
    }
}
