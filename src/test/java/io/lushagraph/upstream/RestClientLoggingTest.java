package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.webhook.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** RELIABILITY UP-15: with REST client logging at request-response scope, the Lusha key is masked in every line. */
@QuarkusTest
@TestProfile(RestClientLoggingTest.RequestResponseLogging.class)
class RestClientLoggingTest {

    /** Logs every Lusha request and response, headers included. */
    public static class RequestResponseLogging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.logging.scope", "request-response",
                    "quarkus.log.category.\"org.jboss.resteasy.reactive.client.logging\".level", "DEBUG");
        }
    }

    @Test
    void up15TheKeyIsMaskedInLoggedRequests() {
        Simulator.reset();
        Logger.getLogger("org.jboss.resteasy.reactive.client.logging").setLevel(Level.FINEST);
        try (LogCapture logs = LogCapture.start()) {
            String id = Simulator.people(1, 13_000).get(0).get("id");
            GraphQL.ok("query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id } } }",
                    Map.of("l", List.of(Map.of("id", id))));

            String logged = logs.text();
            assertThat(logged).as("requests are logged with their headers").contains("api_key");
            assertThat(logged).doesNotContain("sim-key");
        }
    }
}
