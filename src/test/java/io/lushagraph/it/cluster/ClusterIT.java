package io.lushagraph.it.cluster;

import static io.lushagraph.it.cluster.Replicas.concat;
import static io.lushagraph.it.cluster.Replicas.ok;
import static io.lushagraph.it.cluster.Replicas.replica;
import static io.lushagraph.it.cluster.Replicas.warmUp;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.webhook.live.GraphQLSocket;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Two replicas of the packaged gateway, each on its own port, sharing the machine's PostgreSQL (127.0.0.1:5432,
 * database {@code test}, in this run's own schema) and Redis (127.0.0.1:6379), with one simulated Lusha in a third process
 * behind both. The
 * Redis-down case runs two more replicas on a Redis of its own, which it stops and starts again; the slow-Redis case
 * two more on a Redis of its own behind a {@link LatencyProxy} that adds 500 ms to each round trip for a while.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String ACME = "acme-test-key";
    static final String LIMITED = "limited-test-key";
    static final String ME = "{ me { tenant } }";
    static final String PERSON = "query($id: ID!) { person(lookup: { id: $id }) { id } }";
    static final String PERSONS = """
            query($lookups: [PersonLookup!]!) {
              persons(lookups: $lookups, options: { revealEmails: true, revealPhones: true }) {
                person { id emails { address } phones { number } }
              }
            }""";
    static final String SIGNAL_EVENTS = "subscription { signalEvents { id type entityId subscriptionId } }";
    static final String CREATE = """
            mutation($inputs: [WebhookSubscriptionInput!]!) {
              createWebhookSubscriptions(inputs: $inputs) { subscription { id url } error { code message } }
            }""";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    Replicas replicas;
    AppProcess simulator;
    AppProcess a;
    AppProcess b;

    @BeforeAll
    void start() throws Exception {
        replicas = Replicas.start("cluster", List.of());
        simulator = replicas.simulator;
        a = replicas.a;
        b = replicas.b;
    }

    @AfterAll
    void stop() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    @Order(1)
    void aTenantsLimitHoldsAcrossBothReplicas() {
        long start = System.nanoTime();
        List<Integer> statuses = rapid(LIMITED, 20, a, b);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        long admitted = statuses.stream().filter(s -> s == 200).count();
        System.out.printf("2/s burst 4 over two replicas: %d of 20 admitted in %d ms%n", admitted, millis);
        assertThat(admitted).as("one bucket for both replicas: burst 4 plus what refills meanwhile").isBetween(4L, 7L);
        assertThat(statuses).as("the rest is refused, nothing fails").containsOnly(200, 429);
    }

    @Test
    @Order(2)
    void threeHundredConcurrentRequestsOverBothReplicasNeverPassTwentyFiveCallsInAnySecond() throws Exception {
        JsonPath stats = threeHundredConcurrentLookups();
        assertThat(stats.getMap("requests", String.class, Integer.class))
                .as("one call per lookup: none cached, none retried").containsExactly(Map.entry("POST /v2/person", 300));
        assertThat(stats.getMap("busiestSecond", String.class, Integer.class))
                .as("Lusha's limit, counted as the simulator received the calls")
                .hasEntrySatisfying("POST /v2/person", n -> assertThat(n).isLessThanOrEqualTo(25));
        assertThat(stats.getLong("rateLimited")).as("no call provoked a 429").isZero();
    }

    /** 300 distinct lookups at once, alternating between the replicas; the simulator's stats afterwards. */
    private JsonPath threeHundredConcurrentLookups() throws Exception {
        resetSimulator();
        List<Map<String, String>> people = sample("person", 300, 40_000);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < people.size(); i++) {
            AppProcess replica = i % 2 == 0 ? a : b;
            calls.add(HTTP.sendAsync(graphql(replica, ACME, PERSON, Map.of("id", people.get(i).get("id"))),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<String> answered = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get(120, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("errors").isMissingNode()).as(response.body()).isTrue();
            answered.add(body.path("data").path("person").path("id").asText());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(answered).containsExactlyInAnyOrderElementsOf(people.stream().map(p -> p.get("id")).toList());
        JsonPath stats = simulatorStats();
        System.out.printf("300 concurrent lookups over two replicas: %s calls, busiest second %s, %d 429s, %d ms;"
                + " turns missed and taken again: A %s, B %s; Redis failures and fallbacks: A %s, B %s%n",
                stats.getMap("requests"), stats.getMap("busiestSecond"), stats.getLong("rateLimited"), millis,
                metricLines(a, "lusha_upstream_pacing_missed_turns_total"),
                metricLines(b, "lusha_upstream_pacing_missed_turns_total"),
                metricLines(a, "lusha_graph_cluster_redis_f"), metricLines(b, "lusha_graph_cluster_redis_f"));
        return stats;
    }

    @Test
    @Order(4)
    void anEventDeliveredToOneReplicaReachesSubscribersOnBoth() throws Exception {
        String person = sample("person", 1, 41_000).get(0).get("id");
        JsonPath created = ok(b, ACME, CREATE,
                Map.of("inputs", List.of(Map.of("entityType", "CONTACT", "entityId", person))));
        String subscription = created.getString("data.createWebhookSubscriptions[0].subscription.id");
        assertThat(subscription).as(created.prettify()).isNotNull();
        assertThat(created.getString("data.createWebhookSubscriptions[0].subscription.url"))
                .as("Lusha delivers to replica B").isEqualTo(b.url("/webhooks/lusha"));

        GraphQLSocket onA = socket(a);
        GraphQLSocket onB = socket(b);
        try {
            onA.subscribe("s", SIGNAL_EVENTS, Map.of());
            onB.subscribe("s", SIGNAL_EVENTS, Map.of());
            awaitLive(a);
            awaitLive(b);

            assertThat(given().contentType(ContentType.JSON)
                    .body(Map.of("entityType", "contact", "entityId", person, "type", "promotion"))
                    .post(simulator.url("/lusha-sim/_admin/signals")).then().statusCode(200).extract()
                    .<Integer> path("subscriptions")).isEqualTo(1);

            for (GraphQLSocket socket : List.of(onA, onB)) {
                await().atMost(Duration.ofSeconds(15)).until(() -> socket.data("s").size() == 1);
                JsonNode event = socket.data("s").get(0).path("data").path("signalEvents");
                assertThat(event.path("entityId").asText()).isEqualTo(person);
                assertThat(event.path("subscriptionId").asText()).isEqualTo(subscription);
            }
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                    .until(() -> onA.data("s").size() == 1 && onB.data("s").size() == 1);
        } finally {
            onA.close();
            onB.close();
        }
    }

    @Test
    @Order(5)
    void anOptOutDeliveredToOneReplicaIsEnforcedByTheOtherWithinTenSecondsCacheIncluded() throws Exception {
        Map<String, Object> person = revealedPerson(a, 42_000);
        String id = (String) person.get("id");
        int calls = simulatorCalls();
        assertThat(revealed(a, id)).as("A answers it again from its cache").isEqualTo(person);
        assertThat(simulatorCalls()).as("without asking Lusha").isEqualTo(calls);

        JsonPath created = ok(b, ACME, "mutation { createOptOutSubscription { id optOut url } }", Map.of());
        assertThat(created.getString("data.createOptOutSubscription.url")).as(created.prettify())
                .isEqualTo(b.url("/webhooks/lusha"));
        long sent = System.nanoTime();
        // Lusha keeps serving the datapoints: only the gateway can hide them.
        assertThat(given().contentType(ContentType.JSON).body(Map.of("contactId", id, "keepServing", true))
                .post(simulator.url("/lusha-sim/_admin/opt-out")).then().statusCode(200).extract()
                .<Integer> path("subscriptions")).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Map<String, Object> now = revealed(a, id);
            return ((List<?>) now.get("emails")).isEmpty() && ((List<?>) now.get("phones")).isEmpty();
        });
        System.out.printf("Opt-out delivered to B enforced by A after %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
        Map<String, Object> onB = revealed(b, id);
        assertThat((List<?>) onB.get("emails")).isEmpty();
        assertThat((List<?>) onB.get("phones")).isEmpty();
    }

    @Test
    @Order(6)
    void withRedisStoppedEachReplicaKeepsItsShareWithoutErrorsAndSharesAgainWhenItReturns() throws Exception {
        int redisPort = AppProcess.freePort();
        Process redis = startRedis(redisPort);
        String prefix = "lusha-graph-it-" + UUID.randomUUID();
        int portC = AppProcess.freePort();
        int portD = AppProcess.freePort();
        List<String> fast = List.of("-Dgateway.cluster.redis-timeout=50ms", "-Dgateway.cluster.retry-interval=500ms");
        try (AppProcess c = AppProcess.start("replica-c", portC,
                concat(replica(simulator.port(), portC, "redis://127.0.0.1:" + redisPort, prefix), fast));
                AppProcess d = AppProcess.start("replica-d", portD,
                        concat(replica(simulator.port(), portD, "redis://127.0.0.1:" + redisPort, prefix), fast))) {
            c.awaitReady();
            d.awaitReady();
            warmUp(c);
            warmUp(d);
            awaitWell(c, 200);
            awaitWell(d, 200);
            Traffic traffic = new Traffic(sample("person", 40, 43_000), c, d);
            try (traffic) {
                redis.destroy();
                redis.waitFor(10, TimeUnit.SECONDS);
                awaitWell(c, 503);
                awaitWell(d, 503);
                assertThat(given().get(c.url("/q/health/ready")).statusCode()).as("local-share keeps serving")
                        .isEqualTo(200);
                Thread.sleep(2_000); // the per-replica fallback buckets fill up

                List<Integer> down = rapid(LIMITED, 20, c, d);
                long admittedDown = down.stream().filter(s -> s == 200).count();
                assertThat(down).containsOnly(200, 429);
                assertThat(admittedDown).as("each replica keeps half the burst (2), plus refill").isBetween(2L, 6L);
                assertThat(given().get(c.url("/q/metrics")).asString())
                        .contains("lusha_graph_cluster_redis_connected 0.0")
                        .contains("lusha_graph_cluster_redis_fallbacks_total{use=\"inbound\"}");

                redis = startRedis(redisPort);
                awaitWell(c, 200);
                awaitWell(d, 200);
                List<Integer> up = rapid(LIMITED, 20, c, d);
                long admittedUp = up.stream().filter(s -> s == 200).count();
                System.out.printf("Redis down: %d of 20 admitted; back: %d of 20; background statuses %s%n",
                        admittedDown, admittedUp, traffic.statuses.stream().distinct().toList());
                assertThat(admittedUp).as("one shared bucket again").isBetween(4L, 7L);
            }
            assertThat(traffic.statuses).as("upstream-bound traffic through the outage").isNotEmpty()
                    .allSatisfy(status -> assertThat(status).isEqualTo(200));
        } finally {
            redis.destroy();
        }
    }

    @Test
    @Order(7)
    void withRedisSlowEachLimiterCallGivesUpAfterItsTimeoutAndTheReplicasKeepTheirShareWithoutErrors()
            throws Exception {
        int redisPort = AppProcess.freePort();
        Process redis = startRedis(redisPort);
        String prefix = "lusha-graph-it-" + UUID.randomUUID();
        int portE = AppProcess.freePort();
        int portF = AppProcess.freePort();
        try (LatencyProxy proxy = LatencyProxy.start(redisPort);
                AppProcess e = AppProcess.start("replica-e", portE, slowRedisReplica(portE, proxy, prefix));
                AppProcess f = AppProcess.start("replica-f", portF, slowRedisReplica(portF, proxy, prefix))) {
            e.awaitReady();
            f.awaitReady();
            warmUp(e);
            warmUp(f);
            awaitWell(e, 200);
            awaitWell(f, 200);
            Map<String, Double> before = redisCounters(e, f);

            Traffic traffic = new Traffic(sample("person", 40, 44_000), e, f);
            try (traffic) {
                proxy.latency(Duration.ofMillis(500));
                Thread.sleep(1_000); // the background lookups meet the latency first

                List<Long> millis = new ArrayList<>();
                long start = System.nanoTime();
                List<Integer> slow = rapid(LIMITED, 20, e, f, millis);
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                long admittedSlow = slow.stream().filter(s -> s == 200).count();
                long median = millis.stream().sorted().toList().get(millis.size() / 2);
                Map<String, Double> during = redisCounters(e, f);
                List<Integer> wellDuring = List.of(given().get(e.url("/q/health/well")).statusCode(),
                        given().get(f.url("/q/health/well")).statusCode());
                List<Integer> readyDuring = List.of(given().get(e.url("/q/health/ready")).statusCode(),
                        given().get(f.url("/q/health/ready")).statusCode());
                long slowest = millis.stream().mapToLong(m -> m).max().orElseThrow();
                System.out.printf("Redis +500 ms: %d of 20 admitted in %d ms, median %d ms, slowest %d ms; well %s,"
                        + " ready %s; counters before %s, during %s%n", admittedSlow, elapsed, median, slowest,
                        wellDuring, readyDuring, before, during);
                assertThat(slow).containsOnly(200, 429);
                // Each request takes its 50 ms wait, so refill counts: each replica's fresh fallback bucket (half the
                // limit: 1/s, burst 2) admits its burst and one more per whole second.
                assertThat(admittedSlow).as("each replica keeps half the burst (2), plus half the refill")
                        .isBetween(4L, 4 + 2 * (elapsed / 1000));
                assertThat(median).as("no limiter call waits for Redis (a round trip takes 500 ms more)")
                        .isLessThan(400);
                assertThat(during.get("slow")).as("inbound calls that gave up after redis-timeout")
                        .isGreaterThanOrEqualTo(before.get("slow") + 20);
                assertThat(during.get("fallbacks")).as("each answered by local-share")
                        .isGreaterThanOrEqualTo(before.get("fallbacks") + 20);
                assertThat(during.get("error")).as("slow, not disconnected").isEqualTo(before.get("error"));
                assertThat(during.get("connected")).as("both replicas stay connected").isEqualTo(2.0);
                assertThat(wellDuring).as("a slow Redis is still reachable: the counters are the alert")
                        .containsOnly(200);
                assertThat(readyDuring).as("local-share keeps serving").containsOnly(200);

                // Pacing reservations queue per bucket: those behind a slow one must not each wait pacing-timeout.
                List<Long> lookups = concurrentLookups(e, sample("person", 8, 45_000));
                System.out.printf("Redis +500 ms: 8 concurrent lookups on one replica answered after %s ms%n", lookups);
                assertThat(lookups.get(lookups.size() - 1))
                        .as("pacing-timeout (1 s) once, then the local share spreads them: not 1 s per call")
                        .isLessThan(3_000);

                proxy.latency(Duration.ZERO);
                Thread.sleep(3_000); // what was held drains and the shared bucket refills
                List<Integer> fastAgain = rapid(LIMITED, 20, e, f);
                long admittedAgain = fastAgain.stream().filter(s -> s == 200).count();
                System.out.printf("Redis latency off: %d of 20 admitted; background statuses %s over %d lookups%n",
                        admittedAgain, traffic.statuses.stream().distinct().toList(), traffic.statuses.size());
                assertThat(fastAgain).containsOnly(200, 429);
                assertThat(admittedAgain).as("one shared bucket again").isBetween(4L, 7L);
            }
            assertThat(traffic.statuses).as("upstream-bound traffic through the latency").isNotEmpty()
                    .allSatisfy(status -> assertThat(status).isEqualTo(200));
        } finally {
            redis.destroy();
        }
    }

    /** Looks {@code people} up all at once on {@code replica}; how long each took, in ascending order. */
    private static List<Long> concurrentLookups(AppProcess replica, List<Map<String, String>> people)
            throws Exception {
        long start = System.nanoTime();
        List<CompletableFuture<Long>> calls = new ArrayList<>();
        for (Map<String, String> person : people) {
            calls.add(HTTP.sendAsync(graphql(replica, ACME, PERSON, Map.of("id", person.get("id"))),
                    HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                        assertThat(response.body()).as("answered without errors").doesNotContain("\"errors\"");
                        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    }));
        }
        List<Long> millis = new ArrayList<>();
        for (CompletableFuture<Long> call : calls) {
            millis.add(call.get(120, TimeUnit.SECONDS));
        }
        return millis.stream().sorted().toList();
    }

    /** A replica whose Redis is behind {@code proxy}, giving up on a limiter call after 50 ms. */
    private List<String> slowRedisReplica(int port, LatencyProxy proxy, String prefix) {
        return concat(replica(simulator.port(), port, "redis://127.0.0.1:" + proxy.port(), prefix),
                List.of("-Dgateway.cluster.redis-timeout=50ms"));
    }

    /**
     * The inbound limiter's Redis counters summed over {@code replicas}: failures by kind ({@code slow},
     * {@code error}), fallbacks to the Redis-down policy, and how many are connected.
     */
    private static Map<String, Double> redisCounters(AppProcess... replicas) {
        Map<String, Double> sums = new TreeMap<>(
                Map.of("slow", 0.0, "error", 0.0, "fallbacks", 0.0, "connected", 0.0));
        for (AppProcess replica : replicas) {
            List<String> lines = given().get(replica.url("/q/metrics")).asString().lines()
                    .filter(line -> !line.startsWith("#")).toList();
            for (String kind : List.of("slow", "error")) {
                sums.merge(kind, metric(lines, "lusha_graph_cluster_redis_failures_total", "kind=\"" + kind + "\"",
                        "use=\"inbound\""), Double::sum);
            }
            sums.merge("fallbacks", metric(lines, "lusha_graph_cluster_redis_fallbacks_total", "use=\"inbound\""),
                    Double::sum);
            sums.merge("connected", metric(lines, "lusha_graph_cluster_redis_connected"), Double::sum);
        }
        return sums;
    }

    /** The sum of a metric's series that carry every one of {@code labels}; 0 when there is none yet. */
    private static double metric(List<String> lines, String name, String... labels) {
        return lines.stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** Upstream-bound lookups one after another, alternating between two replicas, until closed; their statuses. */
    private static final class Traffic implements AutoCloseable {

        final List<Integer> statuses = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Traffic(List<Map<String, String>> people, AppProcess first, AppProcess second) {
            List<String> ids = people.stream().map(p -> p.get("id")).toList();
            thread = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    AppProcess replica = i % 2 == 0 ? first : second;
                    statuses.add(send(graphql(replica, ACME, PERSON, Map.of("id", ids.get(i % ids.size())))));
                }
            });
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }
    }

    private static Process startRedis(int port) throws IOException, InterruptedException {
        Process redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new java.io.File("target/it-redis.log"))).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return redis;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port);
    }

    /** {@code n} requests one after another from one tenant, alternating between the replicas; their statuses. */
    private static List<Integer> rapid(String tenantKey, int n, AppProcess first, AppProcess second) {
        return rapid(tenantKey, n, first, second, new ArrayList<>());
    }

    /** As {@link #rapid(String, int, AppProcess, AppProcess)}, adding each request's duration to {@code millis}. */
    private static List<Integer> rapid(String tenantKey, int n, AppProcess first, AppProcess second,
            List<Long> millis) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            Response response = given().header("Authorization", "Bearer " + tenantKey).contentType(ContentType.JSON)
                    .body(Map.of("query", ME)).post((i % 2 == 0 ? first : second).url("/graphql"));
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            if (response.statusCode() == 429) {
                assertThat(Integer.parseInt(response.header("Retry-After"))).isGreaterThanOrEqualTo(1);
                assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
            }
            statuses.add(response.statusCode());
        }
        return statuses;
    }

    private static int send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void awaitWell(AppProcess replica, int status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get(replica.url("/q/health/well")).statusCode() == status);
    }

    private static HttpRequest graphql(AppProcess replica, String tenantKey, String query, Map<String, Object> vars) {
        try {
            return HttpRequest.newBuilder(URI.create(replica.url("/graphql")))
                    .header("Authorization", "Bearer " + tenantKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers
                            .ofString(JSON.writeValueAsString(Map.of("query", query, "variables", vars))))
                    .build();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private GraphQLSocket socket(AppProcess replica) throws Exception {
        return GraphQLSocket.open(URI.create(replica.url("/graphql")), GraphQLSocket.TRANSPORT_WS, ACME)
                .initAndAwaitAck(null);
    }

    private static void awaitLive(AppProcess replica) {
        await().atMost(Duration.ofSeconds(10)).until(() -> ok(replica, ACME,
                "{ liveSubscriptions { signalEvents } }", Map.of()).getInt("data.liveSubscriptions.signalEvents") == 1);
    }

    private Map<String, Object> revealedPerson(AppProcess replica, int offset) {
        List<Map<String, Object>> lookups = new ArrayList<>();
        sample("person", 10, offset).forEach(p -> lookups.add(Map.of("id", p.get("id"))));
        List<Map<String, Object>> people = ok(replica, ACME, PERSONS, Map.of("lookups", lookups))
                .getList("data.persons.person");
        return people.stream().filter(p -> p != null && !((List<?>) p.get("emails")).isEmpty()
                && !((List<?>) p.get("phones")).isEmpty()).findFirst().orElseThrow();
    }

    private static Map<String, Object> revealed(AppProcess replica, String id) {
        return ok(replica, ACME, PERSONS, Map.of("lookups", List.of(Map.of("id", id))))
                .getMap("data.persons[0].person");
    }

    /** The lines of a replica's {@code /q/metrics} that start with {@code prefix}. */
    private static List<String> metricLines(AppProcess replica, String prefix) {
        return given().get(replica.url("/q/metrics")).asString().lines().filter(line -> line.startsWith(prefix))
                .toList();
    }

    private List<Map<String, String>> sample(String entity, int n, int offset) {
        return given().queryParam("entity", entity).queryParam("n", n).queryParam("offset", offset)
                .get(simulator.url("/lusha-sim/_admin/sample")).then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    private void resetSimulator() {
        given().post(simulator.url("/lusha-sim/_admin/reset")).then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    private JsonPath simulatorStats() {
        return given().get(simulator.url("/lusha-sim/_admin/stats")).then().statusCode(200).extract().jsonPath();
    }

    private int simulatorCalls() {
        return simulatorStats().getMap("requests").values().stream().mapToInt(v -> ((Number) v).intValue()).sum();
    }
}
