package io.lushagraph;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a test against the machine's PostgreSQL (127.0.0.1:5432, trust auth, database {@code test}), in a schema of
 * this test run's own ({@link OwnSchema}). Flyway cleans and migrates that schema, and only that one, when the
 * application starts, so a run never depends on what an earlier one left and never touches anything it did not make.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        OwnSchema schema = OwnSchema.ofThisJvm();
        return Map.of("gateway.store.url", schema.url(),
                "gateway.store.username", OwnSchema.USER,
                "quarkus.flyway.\"postgresql\".schemas", schema.name(),
                "quarkus.flyway.\"postgresql\".clean-disabled", "false",
                "quarkus.flyway.\"postgresql\".clean-at-start", "true");
    }
}
