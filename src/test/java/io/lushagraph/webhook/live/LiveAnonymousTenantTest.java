package io.lushagraph.webhook.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.lushagraph.GraphQL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With an anonymous tenant (as in dev), a WebSocket connection without a key is that tenant, and one that presents
 * a key in connection_init is the key's tenant.
 */
@QuarkusTest
@TestProfile(LiveAnonymousTenantTest.AnonymousTenant.class)
class LiveAnonymousTenantTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @ParameterizedTest
    @ValueSource(strings = { GraphQLSocket.TRANSPORT_WS, GraphQLSocket.GRAPHQL_WS })
    void aConnectionIsTheKeysTenantOrElseTheAnonymousOne(String protocol) throws Exception {
        GraphQLSocket anonymous = GraphQLSocket.open(graphql, protocol, null).initAndAwaitAck(null);
        GraphQLSocket globex = GraphQLSocket.open(graphql, protocol, null).initAndAwaitAck(GraphQL.GLOBEX_KEY);
        try {
            anonymous.subscribe("me", "{ me { tenant } }", Map.of());
            globex.subscribe("me", "{ me { tenant } }", Map.of());

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> anonymous.data("me").size() == 1 && globex.data("me").size() == 1);
            assertThat(anonymous.data("me").get(0).path("data").path("me").path("tenant").asText()).isEqualTo("dev");
            assertThat(globex.data("me").get(0).path("data").path("me").path("tenant").asText()).isEqualTo("globex");
        } finally {
            anonymous.close();
            globex.close();
        }
    }

    /** The test profile with the dev profile's anonymous tenant. */
    public static class AnonymousTenant implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.auth.anonymous-tenant", "dev");
        }
    }
}
