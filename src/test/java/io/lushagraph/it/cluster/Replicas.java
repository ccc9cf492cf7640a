package io.lushagraph.it.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lushagraph.OwnSchema;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A simulated Lusha in a process of its own and two replicas of the packaged gateway behind it, each on its own port,
 * sharing the machine's PostgreSQL (database {@code test}, in this run's own schema: {@link OwnSchema}) and Redis
 * (127.0.0.1:6379) under a key prefix of their own.
 * Replica A cleans and migrates that schema, as {@code PostgresProfile} does; replica B finds it migrated. Both are warmed up.
 */
final class Replicas implements AutoCloseable {

    static final String ACME = "acme-test-key";

    final AppProcess simulator;
    final AppProcess a;
    final AppProcess b;

    private Replicas(AppProcess simulator, AppProcess a, AppProcess b) {
        this.simulator = simulator;
        this.a = a;
        this.b = b;
    }

    /** Starts them; {@code name} prefixes the logs ({@code target/it-<name>-*.log}), {@code flags} go to both replicas. */
    static Replicas start(String name, List<String> flags) throws Exception {
        int simPort = AppProcess.freePort();
        AppProcess simulator = AppProcess.start(name + "-simulator", simPort, List.of(
                "-Dlusha.simulator.enabled=true", "-Dgateway.store.url=jdbc:h2:mem:simulator;DB_CLOSE_DELAY=-1"));
        String prefix = "lusha-graph-" + name + "-" + UUID.randomUUID();
        int portA = AppProcess.freePort();
        int portB = AppProcess.freePort();
        AppProcess a = AppProcess.start(name + "-a", portA, concat(replica(simPort, portA, "redis://127.0.0.1:6379",
                prefix), flags,
                List.of("-Dquarkus.flyway.\"postgresql\".clean-disabled=false",
                        "-Dquarkus.flyway.\"postgresql\".clean-at-start=true")));
        a.awaitReady();
        AppProcess b = AppProcess.start(name + "-b", portB,
                concat(replica(simPort, portB, "redis://127.0.0.1:6379", prefix), flags));
        simulator.awaitReady();
        b.awaitReady();
        warmUp(a);
        warmUp(b);
        return new Replicas(simulator, a, b);
    }

    /** The flags of one replica behind the simulator on {@code simPort}, on PostgreSQL and the given Redis. */
    static List<String> replica(int simPort, int port, String redisUrl, String keyPrefix) {
        return List.of("-Dlusha.simulator.enabled=false", "-Dlusha.base-url=http://127.0.0.1:" + simPort + "/lusha-sim",
                "-Dgateway.store.url=" + OwnSchema.ofThisJvm().url(), "-Dgateway.store.username=" + OwnSchema.USER,
                "-Dquarkus.flyway.\"postgresql\".schemas=" + OwnSchema.ofThisJvm().name(),
                "-Dgateway.cluster.redis-url=" + redisUrl, "-Dgateway.cluster.key-prefix=" + keyPrefix,
                "-Dgateway.webhooks.public-url=http://127.0.0.1:" + port + "/webhooks/lusha",
                // Every lookup its own call, so that 300 requests are 300 calls for the pacing to spread.
                "-Dgateway.batch.max-size=1", "-Dgateway.batch.window=0",
                "-Dgateway.upstream.pacing.max-wait=60s");
    }

    /** First requests to a fresh JVM are slow; a rate-limit test must not spend its second on them. */
    static void warmUp(AppProcess replica) {
        for (int i = 0; i < 50; i++) {
            ok(replica, ACME, "{ me { tenant } }", Map.of());
        }
    }

    /** Posts a GraphQL request as the tenant and expects an answer without errors. */
    static JsonPath ok(AppProcess replica, String tenantKey, String query, Map<String, Object> variables) {
        JsonPath answer = given().header("Authorization", "Bearer " + tenantKey).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post(replica.url("/graphql")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).as(answer.prettify()).isNullOrEmpty();
        return answer;
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    @Override
    public void close() throws Exception {
        for (AppProcess process : new AppProcess[] { a, b, simulator }) {
            process.close();
        }
    }
}
