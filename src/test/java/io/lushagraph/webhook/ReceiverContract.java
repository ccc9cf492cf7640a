package io.lushagraph.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.store.Store;
import io.lushagraph.webhook.events.SignalEvent;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.subscription.Cancellable;

/** RELIABILITY WH-01 to WH-13 against {@code /webhooks/lusha}; run on H2 and on PostgreSQL by the subclasses. */
abstract class ReceiverContract {

    static final long APPENDIX_TS = 1_767_225_600L;
    static final String APPENDIX_BODY = "{\"id\":\"f3b87e05-0402-4f3e-8e26-6a38fd0ad62c\",\"type\":\"promotion\","
            + "\"data\":{\"fullName\":\"Zoë Ünal\",\"url\":\"https://x.example/a/b\"},\"billing\":{\"creditsCharged\":1}}";
    static final String APPENDIX_SIGNATURE = "2c89139ec0959fe1473f68508d1aef058483d1055105aac0efb40344cf4fae1b";

    @Inject
    Store store;
    @Inject
    SubscriptionOwners owners;
    @Inject
    WebhookEventBus bus;
    @Inject
    Inbox inbox;
    @Inject
    InboxWorker worker;
    @Inject
    MeterRegistry meters;
    @Inject
    ObjectMapper json;
    @TestHTTPResource("/webhooks/lusha")
    URI receiver;

    Deliveries deliveries;
    final List<SignalEvent> events = new CopyOnWriteArrayList<>();
    Cancellable subscription;

    @BeforeEach
    void install() throws Exception {
        deliveries = Deliveries.install(store, Instant.ofEpochSecond(APPENDIX_TS));
        subscription = bus.signals("acme").subscribe().with(events::add);
    }

    @AfterEach
    void cancel() {
        subscription.cancel();
    }

    static String signal(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"promotion\",\"entityType\":\"contact\",\"entityId\":\"9001\","
                + "\"subscriptionId\":\"sub-acme\",\"data\":{\"personId\":9001,\"currentTitle\":\"VP Sales\","
                + "\"previousTitle\":\"Director\",\"signalDate\":\"2025-12-30\"},"
                + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"billing\":{\"creditsCharged\":1}}";
    }

    @Test
    void wh01AppendixAVectorIsAcknowledgedAndStoredOnce() throws Exception {
        Deliveries.post(APPENDIX_BODY.getBytes(StandardCharsets.UTF_8), Long.toString(APPENDIX_TS), APPENDIX_SIGNATURE)
                .statusCode(201).contentType("application/json")
                .body("received", equalTo(true))
                .body("webhookId", equalTo("f3b87e05-0402-4f3e-8e26-6a38fd0ad62c"))
                .body("timestamp", equalTo("2026-01-01T00:00:00Z"));

        assertThat(APPENDIX_BODY.getBytes(StandardCharsets.UTF_8)).hasSize(158);
        assertThat(deliveries.inboxRows()).isEqualTo(1);
        assertThat(deliveries.status("f3b87e05-0402-4f3e-8e26-6a38fd0ad62c")).isNotNull();
    }

    @Test
    void wh02SignatureIsOverTheRawBytesNotAReserialization() throws Exception {
        String body = "{ \"id\" : \"wh02\",\n  \"type\":\"promotion\",\"data\":{\"fullName\":\"Zoë Ünal\","
                + "\"url\":\"https://x.example/a/b?q=1&r=2\"}  ,\"billing\":{\"creditsCharged\":1}}\n";
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(APPENDIX_TS);
        byte[] reserialized = json.writeValueAsBytes(json.readTree(raw));
        byte[] latin1 = new String(raw, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);

        assertThat(Deliveries.sign(ts, reserialized)).isNotEqualTo(Deliveries.sign(ts, raw));
        assertThat(Deliveries.sign(ts, latin1)).isNotEqualTo(Deliveries.sign(ts, raw));
        Deliveries.post(raw, ts, Deliveries.sign(ts, reserialized)).statusCode(401);
        Deliveries.post(raw, ts, Deliveries.sign(ts, latin1)).statusCode(401);
        assertThat(deliveries.inboxRows()).isZero();

        Deliveries.post(raw, ts, Deliveries.sign(ts, raw)).statusCode(201).body("webhookId", equalTo("wh02"));
        assertThat(deliveries.inboxRows()).isEqualTo(1);
    }

    @Test
    void wh03TamperedOrMalformedSignaturesAreRefusedUnstoredAndUnlogged() throws Exception {
        byte[] raw = APPENDIX_BODY.getBytes(StandardCharsets.UTF_8);
        byte[] flipped = raw.clone();
        flipped[20] ^= 1;
        String ts = Long.toString(APPENDIX_TS);
        String nibble = APPENDIX_SIGNATURE.substring(0, 63) + "c";
        try (LogCapture logs = LogCapture.start()) {
            Deliveries.post(flipped, ts, APPENDIX_SIGNATURE).statusCode(401);
            Deliveries.post(raw, ts, nibble).statusCode(401);
            Deliveries.post(raw, ts, APPENDIX_SIGNATURE.substring(0, 62)).statusCode(401);
            Deliveries.post(raw, ts, APPENDIX_SIGNATURE + "00").statusCode(401);
            Deliveries.post(raw, ts, APPENDIX_SIGNATURE.toUpperCase()).statusCode(401);
            Deliveries.post(raw, ts, "zz" + APPENDIX_SIGNATURE.substring(2)).statusCode(401);

            assertThat(logs.text()).doesNotContain("Zo", "x.example", "f3b87e05");
        }
        assertThat(deliveries.inboxRows()).isZero();
        Deliveries.post(raw, ts, APPENDIX_SIGNATURE).statusCode(201);
    }

    @Test
    void wh04MissingOrNonNumericHeadersAreRefusedWithoutStackTraces() throws Exception {
        byte[] raw = APPENDIX_BODY.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(APPENDIX_TS);
        for (var response : List.of(Deliveries.post(raw, ts, null), Deliveries.post(raw, null, APPENDIX_SIGNATURE),
                Deliveries.post(raw, "17672256OO", APPENDIX_SIGNATURE), Deliveries.post(raw, "", APPENDIX_SIGNATURE),
                Deliveries.post(raw, "-1767225600", APPENDIX_SIGNATURE))) {
            String answer = response.statusCode(401).extract().asString();
            assertThat(answer).doesNotContain("Exception", "at io.", "at java.");
        }
        assertThat(deliveries.inboxRows()).isZero();
        assertThat(deliveries.secretReads()).isZero();
    }

    @Test
    void wh05TimestampsMoreThan300SecondsAwayEitherWayAreRefused() throws Exception {
        record Case(long skew, int status) {
        }
        for (Case c : List.of(new Case(-301, 401), new Case(301, 401), new Case(-299, 201), new Case(299, 201))) {
            byte[] raw = signal("wh05" + c.skew()).getBytes(StandardCharsets.UTF_8);
            String ts = Long.toString(APPENDIX_TS + c.skew());
            Deliveries.post(raw, ts, Deliveries.sign(ts, raw)).statusCode(c.status());
        }
        assertThat(deliveries.inboxRows()).isEqualTo(2);
        assertThat(deliveries.status("wh05-299")).isNotNull();
        assertThat(deliveries.status("wh05299")).isNotNull();
    }

    @Test
    void wh06AReplayIsAcknowledgedAgainButStoredAndProcessedOnce() throws Exception {
        owners.record("sub-acme", "acme");
        String body = signal("wh06");
        deliveries.post(body).statusCode(201).body("webhookId", equalTo("wh06"));
        deliveries.setNow(Instant.ofEpochSecond(APPENDIX_TS + 10));
        deliveries.post(body).statusCode(201).body("webhookId", equalTo("wh06"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.DONE.equals(deliveries.status("wh06")));
        deliveries.setNow(Instant.ofEpochSecond(APPENDIX_TS).plus(Duration.ofDays(10)));
        deliveries.post(body).statusCode(201).body("webhookId", equalTo("wh06"));
        worker.drain();

        assertThat(deliveries.inboxRows()).isEqualTo(1);
        assertThat(events).hasSize(1);
        SignalEvent event = events.get(0);
        assertThat(event.id()).isEqualTo("wh06");
        assertThat(event.entityId()).isEqualTo("9001");
        assertThat(event.signal().type()).isEqualTo("PROMOTION");
        assertThat(event.signal().currentTitle()).isEqualTo("VP Sales");
    }

    @Test
    void wh07TwentyConcurrentDuplicatesMakeOneRowAndNo5xx() throws Exception {
        byte[] raw = signal("wh07").getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(APPENDIX_TS);
        String signature = Deliveries.sign(ts, raw);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> Deliveries.post(raw, ts, signature).extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(deliveries.inboxRows()).isEqualTo(1);
    }

    @Test
    void wh08ChallengeIsEchoedAsJsonOnlyWhenWellFormed() throws Exception {
        given().queryParam("challenge", "abc123").get("/webhooks/lusha").then().statusCode(200)
                .contentType("application/json").body(equalTo("{\"challenge\":\"abc123\"}"));
        String script = given().queryParam("challenge", "<script>alert(1)</script>").get("/webhooks/lusha").then()
                .statusCode(400).contentType("application/json").extract().asString();
        assertThat(script).doesNotContain("<script>");
        given().get("/webhooks/lusha").then().statusCode(400).contentType("application/json");
        given().queryParam("challenge", "x".repeat(257)).get("/webhooks/lusha").then().statusCode(400);
        assertThat(deliveries.inboxRows()).isZero();
    }

    @Test
    void wh09ABurstOfDeliveriesIsAcknowledgedQuicklyWhileTheStoreIsSlow() throws Exception {
        // The local form of WH-09: every insert waits 200 ms, as behind a slow link to the database.
        io.quarkus.test.junit.QuarkusMock.installMockForType(new Inbox(store) {
            @Override
            public boolean insert(Delivery delivery, long now) throws java.sql.SQLException {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.insert(delivery, now);
            }
        }, Inbox.class);
        // 20 senders at once: the burst arrives together, and the senders leave the 2 cores room to serve it.
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> warmUp = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = signal("wh09-warm-" + i);
            warmUp.add(pool.submit(() -> deliveries.post(body).statusCode(201)));
        }
        for (Future<?> sent : warmUp) {
            sent.get();
        }
        List<Duration> acks = new CopyOnWriteArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String body = signal("wh09-" + i);
                answers.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    int status = deliveries.post(body).extract().statusCode();
                    acks.add(Duration.ofNanos(System.nanoTime() - start));
                    return status;
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Duration> sorted = new ArrayList<>(acks);
        sorted.sort(null);
        Log.infof("WH-09 acks with a 200 ms store: p50 %d ms, p99 %d ms, max %d ms", sorted.get(49).toMillis(),
                sorted.get(98).toMillis(), sorted.get(99).toMillis());
        assertThat(sorted).hasSize(100);
        assertThat(sorted.get(98)).as("p99 ack with a 200 ms store").isLessThan(Duration.ofSeconds(2));
        assertThat(sorted.get(99)).as("slowest ack").isLessThan(Duration.ofSeconds(5));
        assertThat(deliveries.inboxRows()).isEqualTo(120);
    }

    @Test
    void wh10WhenTheStoreCannotPersistTheAnswerIs503AndTheResendIsStoredOnce() throws Exception {
        Inbox down = new Inbox(store) {
            @Override
            public boolean insert(Delivery delivery, long now) throws java.sql.SQLException {
                throw new java.sql.SQLException("connection refused", "08001");
            }
        };
        io.quarkus.test.junit.QuarkusMock.installMockForType(down, Inbox.class);
        double failures = meters.counter("lusha_graph_webhook_store_failures_total").count();
        String body = signal("wh10");
        deliveries.post(body).statusCode(503);
        assertThat(meters.counter("lusha_graph_webhook_store_failures_total").count()).isEqualTo(failures + 1);
        assertThat(deliveries.inboxRows()).isZero();

        io.quarkus.test.junit.QuarkusMock.installMockForType(new Inbox(store), Inbox.class);
        deliveries.post(body).statusCode(201);
        deliveries.post(body).statusCode(201);
        assertThat(deliveries.inboxRows()).isEqualTo(1);
    }

    @Test
    void aDeliveryProcessedAgainAfterACrashBeforeItWasMarkedDoneIsNotHandedOnTwice() throws Exception {
        owners.record("sub-acme", "acme");
        assertThat(inbox.insert(Delivery.of(json, signal("again").getBytes(StandardCharsets.UTF_8)),
                System.currentTimeMillis())).isTrue();
        worker.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.DONE.equals(deliveries.status("again")));
        // as if the replica had died after handing the event on and before marking the row done: its lease ran out
        try (var c = store.dataSource().getConnection(); var s = c.createStatement()) {
            s.executeUpdate("update webhook_inbox set status = 'pending', next_attempt_at = 0 where dedupe_key = 'again'");
        }

        worker.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.DONE.equals(deliveries.status("again")));

        assertThat(deliveries.count("select attempts from webhook_inbox where dedupe_key = 'again'"))
                .as("processed a second time").isEqualTo(2);
        assertThat(events).extracting(SignalEvent::id).containsExactly("again");
    }

    @Test
    void wh11ARowCommittedBeforeACrashIsProcessedOnceByTheNextWorker() throws Exception {
        owners.record("sub-acme", "acme");
        Delivery stored = Delivery.of(json, signal("wh11").getBytes(StandardCharsets.UTF_8));
        assertThat(inbox.insert(stored, System.currentTimeMillis())).isTrue();
        worker.drain();
        worker.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.DONE.equals(deliveries.status("wh11")));

        assertThat(events).extracting(SignalEvent::id).containsExactly("wh11");
    }

    @Test
    void aFailingDeliveryIsRetriedWithBackoffAndBlockedAfterTheLastAttemptNeverDropped() throws Exception {
        double blocked = meters.counter("lusha_graph_webhook_blocked_total").count();
        // a stored row that fails processing; the receiver itself now quarantines such a body at once
        String broken = signal("retry").replace("2026-01-01T00:00:00Z", "yesterday");
        assertThat(inbox.insert(new Delivery("retry", Delivery.SIGNAL, Inbox.PENDING, broken), 0)).isTrue();
        long before = System.currentTimeMillis();
        worker.drain();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries.count("select attempts from webhook_inbox") == 1);

        assertThat(deliveries.status("retry")).isEqualTo(Inbox.PENDING);
        assertThat(deliveries.count("select count(*) from webhook_inbox where next_attempt_at >= " + (before + 500)))
                .isEqualTo(1);

        try (var c = store.dataSource().getConnection(); var s = c.createStatement()) {
            s.executeUpdate("update webhook_inbox set attempts = 9, next_attempt_at = 0");
        }
        worker.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.BLOCKED.equals(deliveries.status("retry")));

        assertThat(deliveries.payload("retry")).isEqualTo(broken);
        assertThat(meters.counter("lusha_graph_webhook_blocked_total").count()).isEqualTo(blocked + 1);
        assertThat(events).isEmpty();
    }

    @Test
    void processedDeliveriesAreKeptForTheRetentionPeriodAndBlockedOnesAlways() throws Exception {
        long old = System.currentTimeMillis() - Duration.ofDays(36).toMillis();
        long recent = System.currentTimeMillis() - Duration.ofDays(31).toMillis();
        inbox.insert(new Delivery("old-done", Delivery.SIGNAL, Inbox.DONE, "{}"), old);
        inbox.insert(new Delivery("old-blocked", Delivery.SIGNAL, Inbox.BLOCKED, "{}"), old);
        inbox.insert(new Delivery("recent-done", Delivery.SIGNAL, Inbox.DONE, "{}"), recent);

        worker.purgeOld();

        assertThat(deliveries.status("old-done")).isNull();
        assertThat(deliveries.status("old-blocked")).isEqualTo(Inbox.BLOCKED);
        assertThat(deliveries.status("recent-done")).isEqualTo(Inbox.DONE);
    }

    @Test
    void wh12AWellSignedUnknownPayloadIsAcknowledgedAndQuarantined() throws Exception {
        double unknown = quarantined(Delivery.NOT_KNOWN);
        double unreadable = quarantined(Delivery.UNREADABLE);
        deliveries.post(signal("wh12").replace("\"promotion\"", "\"somethingNew\"")).statusCode(201)
                .body("webhookId", equalTo("wh12"));
        deliveries.post("[1,2,3]").statusCode(201);

        assertThat(deliveries.status("wh12")).isEqualTo(Inbox.QUARANTINED);
        assertThat(deliveries.count("select count(*) from webhook_inbox where status = 'quarantined'")).isEqualTo(2);
        assertThat(quarantined(Delivery.NOT_KNOWN)).isEqualTo(unknown + 1);
        assertThat(quarantined(Delivery.UNREADABLE)).isEqualTo(unreadable + 1);
        worker.drain();
        assertThat(events).isEmpty();
    }

    @Test
    void wh13ABodyOver256KbIs413BeforeAnySignatureWork() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        String ts = Long.toString(APPENDIX_TS);
        Deliveries.post(big, ts, Deliveries.sign(ts, big)).statusCode(413);

        assertThat(deliveries.secretReads()).isZero();
        assertThat(deliveries.inboxRows()).isZero();
    }

    @Test
    void aRawNulByteIsQuarantinedAtOnceAsBytesNeverAsText() throws Exception {
        byte[] raw = signal("nul").replace("VP Sales", "VP\u0000Sales").getBytes(StandardCharsets.UTF_8);
        double before = quarantined(Delivery.UNREADABLE);
        String key = "sha256:" + Delivery.sha256(raw);
        try (LogCapture logs = LogCapture.start()) {
            String ts = Long.toString(deliveries.nowSeconds());
            Deliveries.post(raw, ts, Deliveries.sign(ts, raw)).statusCode(201).body("webhookId", equalTo(key));
            Deliveries.post(raw, ts, Deliveries.sign(ts, raw)).statusCode(201).body("webhookId", equalTo(key));
            worker.drain();

            assertThat(logs.text()).doesNotContain("VP", "9001", "sub-acme");
        }
        assertThat(deliveries.inboxRows()).isEqualTo(1);
        assertThat(deliveries.status(key)).isEqualTo(Inbox.QUARANTINED);
        assertThat(deliveries.reason(key)).isEqualTo(Delivery.UNREADABLE);
        assertThat(deliveries.payload(key)).as("no text column holds the NUL").isNull();
        assertThat(deliveries.rawPayload(key)).isEqualTo(raw);
        assertThat(deliveries.count("select attempts from webhook_inbox")).isZero();
        assertThat(quarantined(Delivery.UNREADABLE)).isEqualTo(before + 1);
        assertThat(events).isEmpty();
    }

    @Test
    void aLeadingByteOrderMarkIsDroppedAfterTheSignatureIsCheckedAndTheSignalProcessed() throws Exception {
        owners.record("sub-acme", "acme");
        byte[] json = signal("bom").getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[json.length + 3];
        raw[0] = (byte) 0xEF;
        raw[1] = (byte) 0xBB;
        raw[2] = (byte) 0xBF;
        System.arraycopy(json, 0, raw, 3, json.length);
        String ts = Long.toString(deliveries.nowSeconds());

        Deliveries.post(raw, ts, Deliveries.sign(ts, json)).statusCode(401);
        Deliveries.post(raw, ts, Deliveries.sign(ts, raw)).statusCode(201).body("webhookId", equalTo("bom"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.DONE.equals(deliveries.status("bom")));

        assertThat(deliveries.payload("bom")).isEqualTo(signal("bom"));
        assertThat(deliveries.count("select attempts from webhook_inbox where dedupe_key = 'bom'")).isEqualTo(1);
        assertThat(events).extracting(SignalEvent::id).containsExactly("bom");
    }

    @Test
    void aSignalWhoseTimestampIsNotIso8601IsQuarantinedAtOnce() throws Exception {
        owners.record("sub-acme", "acme");
        double before = quarantined(Delivery.INVALID_SIGNAL);
        deliveries.post(signal("ts-words").replace("2026-01-01T00:00:00Z", "yesterday")).statusCode(201)
                .body("webhookId", equalTo("ts-words"));
        deliveries.post(signal("ts-local").replace("2026-01-01T00:00:00Z", "01/01/2026 00:00:00")).statusCode(201);
        deliveries.post(signal("ts-epoch").replace("2026-01-01T00:00:00Z", "1767225600")).statusCode(201);
        deliveries.post(signal("ts-ok").replace("2026-01-01T00:00:00Z", "2026-01-01T02:00:00.250+02:00"))
                .statusCode(201);
        worker.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.DONE.equals(deliveries.status("ts-ok")));

        for (String id : List.of("ts-words", "ts-local", "ts-epoch")) {
            assertThat(deliveries.status(id)).as(id).isEqualTo(Inbox.QUARANTINED);
            assertThat(deliveries.reason(id)).as(id).isEqualTo(Delivery.INVALID_SIGNAL);
        }
        assertThat(deliveries.count("select sum(attempts) from webhook_inbox where status = 'quarantined'")).isZero();
        assertThat(deliveries.count("select count(*) from webhook_inbox where status = 'quarantined'"
                + " and subscription_id = 'sub-acme'")).as("visible to the subscription's owner").isEqualTo(3);
        assertThat(quarantined(Delivery.INVALID_SIGNAL)).isEqualTo(before + 3);
        assertThat(events).extracting(SignalEvent::id).containsExactly("ts-ok");
    }

    @Test
    void anOptOutWhoseContactIdIsOver128CharactersOrHoldsANulIsQuarantinedAtOnce() throws Exception {
        double before = quarantined(Delivery.INVALID_OPT_OUT);
        String tooLong = optOut("9".repeat(129));
        // an escaped NUL is valid JSON, but PostgreSQL refuses the decoded character in contact_id
        String escapedNul = optOut("12\\u000034");
        deliveries.post(tooLong).statusCode(201);
        deliveries.post(escapedNul).statusCode(201);
        deliveries.post(optOut("7".repeat(128))).statusCode(201);
        worker.drain();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries.count("select count(*) from webhook_inbox where status = 'done'") == 1);

        String key = "sha256:" + Delivery.sha256(tooLong.getBytes(StandardCharsets.UTF_8));
        assertThat(deliveries.status(key)).isEqualTo(Inbox.QUARANTINED);
        assertThat(deliveries.reason(key)).isEqualTo(Delivery.INVALID_OPT_OUT);
        String nulKey = "sha256:" + Delivery.sha256(escapedNul.getBytes(StandardCharsets.UTF_8));
        assertThat(deliveries.reason(nulKey)).isEqualTo(Delivery.INVALID_OPT_OUT);
        assertThat(deliveries.count("select sum(attempts) from webhook_inbox where status = 'quarantined'")).isZero();
        assertThat(deliveries.count("select count(*) from opt_out_record")).isEqualTo(1);
        assertThat(quarantined(Delivery.INVALID_OPT_OUT)).isEqualTo(before + 2);
    }

    @Test
    void aDeliveryWhoseValuesTheStoreRefusesIsQuarantinedAsBytesNot503() throws Exception {
        io.quarkus.test.junit.QuarkusMock.installMockForType(new Inbox(store) {
            @Override
            public boolean insert(Delivery delivery, long now) throws java.sql.SQLException {
                if (delivery.raw() == null) {
                    throw new java.sql.SQLException("invalid byte sequence", "22021");
                }
                return super.insert(delivery, now);
            }
        }, Inbox.class);
        String body = signal("refused");
        String key = "sha256:" + Delivery.sha256(body.getBytes(StandardCharsets.UTF_8));

        deliveries.post(body).statusCode(201).body("webhookId", equalTo("refused"));
        deliveries.post(body).statusCode(201);

        assertThat(deliveries.inboxRows()).isEqualTo(1);
        assertThat(deliveries.status(key)).isEqualTo(Inbox.QUARANTINED);
        assertThat(deliveries.reason(key)).isEqualTo(Delivery.UNSTORABLE);
        assertThat(deliveries.rawPayload(key)).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeliveryWithoutContentTypeIsRefusedWith415() throws Exception {
        byte[] raw = signal("no-type").getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(deliveries.nowSeconds());
        HttpRequest request = HttpRequest.newBuilder(receiver)
                .header("X-Lusha-Timestamp", ts).header("X-Lusha-Signature", Deliveries.sign(ts, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(request.headers().firstValue("Content-Type")).isEmpty();
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(deliveries.inboxRows()).isZero();
    }

    static String optOut(String contactId) {
        return "{\"contactId\":\"" + contactId + "\",\"fullName\":\"Pat Doe\",\"contactOptOutDate\":"
                + "\"2026-04-22 14:32:11.412\",\"datapoints\":[{\"datapointId\":\"pat@x.example\","
                + "\"datapointType\":\"email\"}]}";
    }

    private double quarantined(String reason) {
        var counter = meters.find("lusha_graph_webhook_quarantined_total").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aDeliveryWithoutJsonContentTypeIsRefused() throws Exception {
        byte[] raw = APPENDIX_BODY.getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain").header("X-Lusha-Timestamp", Long.toString(APPENDIX_TS))
                .header("X-Lusha-Signature", APPENDIX_SIGNATURE).body(raw).post("/webhooks/lusha").then()
                .statusCode(415);
        assertThat(deliveries.inboxRows()).isZero();
    }
}
