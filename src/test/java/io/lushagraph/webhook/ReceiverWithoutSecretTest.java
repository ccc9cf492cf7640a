package io.lushagraph.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.config.LushaConfig;
import io.lushagraph.store.Store;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The receiver before the account has a signing secret, against the simulated Lusha: nothing is authentic, and no
 * flood of deliveries makes more than one {@code GET /api/account/secret} per interval.
 */
@QuarkusTest
class ReceiverWithoutSecretTest {

    private static final String SECRET_READS = "GET /api/account/secret";
    private static final String CREATE = """
            mutation($inputs: [WebhookSubscriptionInput!]!) {
              createWebhookSubscriptions(inputs: $inputs) { subscription { id } error { code } }
            }""";

    @Inject
    Store store;
    @Inject
    WebhookClient client;
    @Inject
    LushaConfig lusha;

    MovableClock clock;
    Deliveries deliveries;

    @BeforeEach
    void noSecretYet() throws Exception {
        Simulator.resetWebhooks();
        deliveries = Deliveries.install(store, Instant.ofEpochSecond(1_767_225_600L));
        clock = new MovableClock(Instant.ofEpochSecond(1_767_225_600L));
        QuarkusMock.installMockForType(clock, WebhookClock.class);
        QuarkusMock.installMockForType(new WebhookSecret(client, lusha, clock), WebhookSecret.class);
    }

    @Test
    void twentyBadlySignedDeliveriesAre401AndAskLushaOnce() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] body = signal("nosecret-" + i);
            String ts = clock.timestamp();
            String signature = switch (i % 4) {
                case 0 -> randomSignature();
                case 1 -> sign("0", ts, body);
                case 2 -> sign(Deliveries.SECRET, ts, body);
                default -> sign("whsec_guess", ts, body);
            };
            statuses.add(Deliveries.post(body, ts, signature).extract().statusCode());
        }

        assertThat(statuses).hasSize(20).containsOnly(401);
        assertThat(Simulator.requests(SECRET_READS)).isEqualTo(1);
        assertThat(deliveries.inboxRows()).isZero();
    }

    @Test
    void twentyConcurrentDeliveriesShareOneRead() throws Exception {
        // the read takes long enough that all twenty arrive while it is under way
        Simulator.fault(Map.of("endpoint", SECRET_READS, "latencyMs", 500, "count", 1));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                byte[] body = signal("flood-" + i);
                String ts = clock.timestamp();
                String signature = randomSignature();
                answers.add(pool.submit(() -> {
                    start.await();
                    return Deliveries.post(body, ts, signature).extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Simulator.requests(SECRET_READS)).isEqualTo(1);
        assertThat(deliveries.inboxRows()).isZero();
    }

    @Test
    void noSecretIsAskedForAgainOnlyOnceTheIntervalHasPassed() {
        badDelivery().statusCode(401);
        clock.advance(WebhookSecret.RECHECK_INTERVAL.minusSeconds(1));
        badDelivery().statusCode(401);
        badDelivery().statusCode(401);
        assertThat(Simulator.requests(SECRET_READS)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            badDelivery().statusCode(401);
        }
        assertThat(Simulator.requests(SECRET_READS)).isEqualTo(2);
    }

    @Test
    void aSecretCreatedThroughTheGatewayIsUsedAtOnce() throws Exception {
        badDelivery().statusCode(401);
        String person = Simulator.people(1, 40).get(0).get("id");
        GraphQL.post(CREATE, Map.of("inputs", List.of(Map.of("entityType", "CONTACT", "entityId", person))))
                .statusCode(200).body("data.createWebhookSubscriptions[0].error", equalTo(null));
        String secret = lushaSecret();
        int reads = Simulator.requests(SECRET_READS);

        post(secret, "made-by-gateway").statusCode(201).body("webhookId", equalTo("made-by-gateway"));

        assertThat(Simulator.requests(SECRET_READS)).as("no read: the gateway kept what it created").isEqualTo(reads);
        assertThat(deliveries.status("made-by-gateway")).isNotNull();
    }

    @Test
    void aSecretCreatedElsewhereIsPickedUpOnceTheIntervalHasPassed() throws Exception {
        badDelivery().statusCode(401);
        given().header("api_key", "sim-key").post("/lusha-sim/api/account/secret/regenerate").then().statusCode(lessThan(300));
        String secret = lushaSecret();
        int reads = Simulator.requests(SECRET_READS);

        post(secret, "made-elsewhere").statusCode(401);
        assertThat(Simulator.requests(SECRET_READS)).isEqualTo(reads);

        clock.advance(WebhookSecret.RECHECK_INTERVAL);
        post(secret, "made-elsewhere").statusCode(201).body("webhookId", equalTo("made-elsewhere"));
        post(secret, "made-elsewhere-2").statusCode(201);
        badDelivery().statusCode(401);
        assertThat(Simulator.requests(SECRET_READS)).isEqualTo(reads + 1);
        assertThat(deliveries.inboxRows()).isEqualTo(2);
    }

    @Test
    void whenLushaCannotBeAskedDeliveriesAre503AndAFloodStillMakesOneCall() {
        Simulator.fault(Map.of("endpoint", SECRET_READS, "status", 500, "count", 100));
        for (int i = 0; i < 20; i++) {
            badDelivery().statusCode(503);
        }
        assertThat(Simulator.requests(SECRET_READS)).as("one attempt, no retry").isEqualTo(1);

        Simulator.clearFaults();
        badDelivery().statusCode(503);
        clock.advance(WebhookSecret.RECHECK_INTERVAL);
        badDelivery().statusCode(401);
        badDelivery().statusCode(401);
        assertThat(Simulator.requests(SECRET_READS)).isEqualTo(2);
    }

    private ValidatableResponse badDelivery() {
        byte[] body = signal("bad-" + ThreadLocalRandom.current().nextInt(1_000_000));
        return Deliveries.post(body, clock.timestamp(), randomSignature());
    }

    private ValidatableResponse post(String secret, String id) {
        byte[] body = signal(id);
        String ts = clock.timestamp();
        return Deliveries.post(body, ts, sign(secret, ts, body));
    }

    private static String lushaSecret() {
        return given().header("api_key", "sim-key").get("/lusha-sim/api/account/secret").then().statusCode(200)
                .extract().path("secret");
    }

    private static byte[] signal(String id) {
        return ReceiverContract.signal(id).getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(String secret, String ts, byte[] body) {
        return HexFormat.of().formatHex(Signatures.mac(secret, ts, body));
    }

    private static String randomSignature() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
