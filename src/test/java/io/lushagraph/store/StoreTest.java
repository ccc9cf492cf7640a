package io.lushagraph.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The default store is the embedded H2 database, migrated by Flyway and reported ready. */
@QuarkusTest
class StoreTest {

    @Inject
    Store store;

    @Test
    void theEmbeddedH2DatabaseIsActiveMigratedAndReady() throws Exception {
        assertThat(store.kind()).isEqualTo(StoreKind.H2);
        assertThat(StoreChecks.migrations(store)).isGreaterThanOrEqualTo(1);
        assertThat(StoreChecks.tables(store)).contains("webhook_inbox", "suppression", "opt_out_record",
                "webhook_subscription_owner");
        String ready = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(ready).contains("\"h2\"").doesNotContain("\"postgresql\"");
        try (Connection c = store.dataSource().getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "%", null)) {
            assertThat(c.getMetaData().getURL()).startsWith("jdbc:h2:mem:");
            assertThat(rs.next()).isTrue();
        }
    }
}
