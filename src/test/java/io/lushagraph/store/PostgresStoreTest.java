package io.lushagraph.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.lushagraph.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same application runs on PostgreSQL when {@code gateway.store.url} names it: no rebuild. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresStoreTest {

    @Inject
    Store store;

    @Test
    void postgresqlIsActiveMigratedAndReady() throws Exception {
        assertThat(store.kind()).isEqualTo(StoreKind.POSTGRESQL);
        assertThat(StoreChecks.migrations(store)).isGreaterThanOrEqualTo(1);
        assertThat(StoreChecks.tables(store)).contains("webhook_inbox", "suppression", "opt_out_record",
                "webhook_subscription_owner");
        String ready = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(ready).contains("\"postgresql\"").doesNotContain("\"h2\"");
        try (Connection c = store.dataSource().getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
