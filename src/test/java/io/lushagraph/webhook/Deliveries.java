package io.lushagraph.webhook;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.lushagraph.store.Store;
import io.quarkus.test.junit.QuarkusMock;
import io.restassured.response.ValidatableResponse;

/**
 * Test deliveries to {@code /webhooks/lusha}: signed with Appendix A's secret, against a settable clock, and reads
 * of the tables the receiver writes.
 */
public final class Deliveries {

    /** RELIABILITY Appendix A's secret. */
    public static final String SECRET = "lusha_test_secret_do_not_use";

    private final Store store;
    private final AtomicReference<Instant> now;
    private final AtomicInteger secretReads = new AtomicInteger();

    private Deliveries(Store store, Instant start) {
        this.store = store;
        this.now = new AtomicReference<>(start);
    }

    /** Empties the webhook and opt-out tables and installs the test secret and a clock fixed at {@code start}. */
    public static Deliveries install(Store store, Instant start) throws Exception {
        Deliveries deliveries = new Deliveries(store, start);
        clean(store);
        QuarkusMock.installMockForType(new WebhookSecret(null, null, null) {
            @Override
            public Known known() {
                deliveries.secretReads.incrementAndGet();
                return new Known(SECRET, Outcome.FOUND, 0);
            }

            @Override
            public Known recheck(Known seen) {
                return seen;
            }
        }, WebhookSecret.class);
        QuarkusMock.installMockForType(new WebhookClock() {
            @Override
            public Clock clock() {
                return Clock.fixed(deliveries.now.get(), ZoneOffset.UTC);
            }
        }, WebhookClock.class);
        return deliveries;
    }

    /** Empties the webhook and opt-out tables. */
    public static void clean(Store store) throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] { "webhook_inbox", "opt_out_record", "suppression", "suppressed_contact",
                    "webhook_subscription_owner" }) {
                s.executeUpdate("delete from " + table);
            }
        }
    }

    /** Moves the receiver's clock. */
    public void setNow(Instant instant) {
        now.set(instant);
    }

    /** The receiver's current time in epoch seconds. */
    public long nowSeconds() {
        return now.get().getEpochSecond();
    }

    /** How often the receiver asked for the secret. */
    public int secretReads() {
        return secretReads.get();
    }

    /** Lowercase hex HMAC-SHA256 over timestamp + "." + bytes. */
    public static String sign(String timestamp, byte[] body) {
        return HexFormat.of().formatHex(Signatures.mac(SECRET, timestamp, body));
    }

    /** Posts a body signed at the clock's current time. */
    public ValidatableResponse post(String body) {
        String ts = Long.toString(nowSeconds());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, ts, sign(ts, bytes));
    }

    /** Posts raw bytes with the given headers (null leaves a header out). */
    public static ValidatableResponse post(byte[] body, String timestamp, String signature) {
        var request = given().contentType("application/json").body(body);
        if (timestamp != null) {
            request = request.header("X-Lusha-Timestamp", timestamp);
        }
        if (signature != null) {
            request = request.header("X-Lusha-Signature", signature);
        }
        return request.post("/webhooks/lusha").then();
    }

    /** Rows in the inbox. */
    public int inboxRows() throws Exception {
        return count("select count(*) from webhook_inbox");
    }

    /** The status of an inbox row, or null. */
    public String status(String key) throws Exception {
        return string("select status from webhook_inbox where dedupe_key = ?", key);
    }

    /** The payload of an inbox row, or null. */
    public String payload(String key) throws Exception {
        return string("select payload from webhook_inbox where dedupe_key = ?", key);
    }

    /** Why an inbox row was quarantined, or null. */
    public String reason(String key) throws Exception {
        return string("select reason from webhook_inbox where dedupe_key = ?", key);
    }

    /** The bytes kept of an inbox row whose body is not JSON text, or null. */
    public byte[] rawPayload(String key) throws Exception {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select raw_payload from webhook_inbox where dedupe_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** A count query's answer. */
    public int count(String sql) throws Exception {
        try (Connection c = store.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String string(String sql, String key) throws Exception {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
