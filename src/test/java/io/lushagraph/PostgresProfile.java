package io.lushagraph;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a test against the machine's PostgreSQL (127.0.0.1:5432, trust auth, database {@code test}). The schema is
 * cleaned and migrated afresh when the application starts, so a run never depends on what an earlier one left.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.store.url", "jdbc:postgresql://127.0.0.1:5432/test",
                "gateway.store.username", "postgres",
                "quarkus.flyway.\"postgresql\".clean-disabled", "false",
                "quarkus.flyway.\"postgresql\".clean-at-start", "true");
    }
}
