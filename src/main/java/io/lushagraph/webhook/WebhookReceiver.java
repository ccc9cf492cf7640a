package io.lushagraph.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.config.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Lusha's webhook receiver: answers the challenge, verifies each delivery's signature over the raw bytes and its
 * timestamp, stores it durably and idempotently, acknowledges it, and leaves the processing to the
 * {@link InboxWorker}. A refused delivery is neither stored nor logged.
 */
@Path("/webhooks/lusha")
public class WebhookReceiver {

    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9._~-]{1,256}");

    private final GatewayConfig.Webhooks config;
    private final WebhookSecret secret;
    private final WebhookClock clock;
    private final Inbox inbox;
    private final InboxWorker worker;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    public WebhookReceiver(GatewayConfig config, WebhookSecret secret, WebhookClock clock, Inbox inbox,
            InboxWorker worker, ObjectMapper json, MeterRegistry meters) {
        this.config = config.webhooks();
        this.secret = secret;
        this.clock = clock;
        this.inbox = inbox;
        this.worker = worker;
        this.json = json;
        this.meters = meters;
    }

    /** Lusha's URL verification: echoes a well-formed challenge as JSON. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response challenge(@QueryParam("challenge") String challenge) {
        if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            return answer(400, Map.of("error", "challenge must be 1 to 256 characters of [A-Za-z0-9._~-]"));
        }
        return answer(200, Map.of("challenge", challenge));
    }

    /**
     * One delivery: 201 once stored (also for a duplicate, and for an authentic delivery that can never be processed,
     * which is quarantined), 401 if not authentic (always while the account has no secret), 415 without a JSON
     * content type, 503 if it cannot be checked or stored.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("X-Lusha-Signature") String signature,
            @HeaderParam("X-Lusha-Timestamp") String timestamp, @HeaderParam("Content-Length") String length,
            @HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        if (contentType == null || contentType.isBlank()) {
            // @Consumes alone lets a request with no Content-Type through
            return answer(415, Map.of("error", "a delivery must be application/json"));
        }
        byte[] bytes = bounded(length, body);
        if (bytes == null) {
            return answer(413, Map.of("error", "body larger than " + config.maxBodyBytes() + " bytes"));
        }
        Verdict verdict = verify(signature, timestamp, bytes);
        if (verdict == Verdict.UNVERIFIABLE) {
            return answer(503, Map.of("error", "the signature cannot be checked now; retry later"));
        }
        if (verdict == Verdict.FORGED) {
            meters.counter("lusha_graph_webhook_rejected_total").increment();
            return answer(401, Map.of("error", "missing, stale or invalid signature"));
        }
        Delivery delivery = Delivery.of(json, bytes);
        Instant now = clock.now();
        try {
            store(delivery, bytes);
        } catch (SQLException e) {
            meters.counter("lusha_graph_webhook_store_failures_total").increment();
            Log.errorf("Webhook delivery could not be stored (SQLState %s); answering 503", e.getSQLState());
            return answer(503, Map.of("error", "the delivery could not be stored; retry later"));
        }
        return answer(201, Map.of("received", true, "timestamp", now.toString(), "webhookId", delivery.key()));
    }

    /**
     * Stores a delivery once. Values the store refuses (a data exception) would be refused on every resend, so the
     * delivery is quarantined as bytes instead, and acknowledged: Lusha disables a subscription whose deliveries keep
     * failing.
     */
    private void store(Delivery delivery, byte[] bytes) throws SQLException {
        Delivery stored = delivery;
        boolean inserted;
        try {
            inserted = inbox.insert(delivery, System.currentTimeMillis());
        } catch (SQLException e) {
            if (!Inbox.refusedValues(e) || Inbox.QUARANTINED.equals(delivery.status()) && delivery.raw() != null) {
                throw e;
            }
            Log.warnf("Webhook delivery %s refused by the store (SQLState %s); quarantining it", delivery.key(),
                    e.getSQLState());
            stored = Delivery.unstorable(bytes);
            inserted = inbox.insert(stored, System.currentTimeMillis());
        }
        if (!inserted) {
            return;
        }
        if (Inbox.QUARANTINED.equals(stored.status())) {
            Counter.builder("lusha_graph_webhook_quarantined_total")
                    .description("Authentic webhook deliveries kept without processing, by reason")
                    .tag("reason", stored.reason() == null ? Delivery.NOT_KNOWN : stored.reason())
                    .register(meters).increment();
            Log.warnf("Webhook delivery %s quarantined: %s", stored.key(), stored.reason());
        }
        worker.nudge();
    }

    private byte[] bounded(String length, InputStream body) throws IOException {
        int max = config.maxBodyBytes();
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        byte[] bytes = body.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    private boolean fresh(String timestamp) {
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars()
                .allMatch(Character::isDigit)) {
            return false;
        }
        long skew = Math.abs(clock.now().getEpochSecond() - Long.parseLong(timestamp));
        return skew <= config.tolerance().toSeconds();
    }

    /**
     * Checks the headers before the secret, so that malformed ones cost nothing. With no secret on the account nothing
     * is authentic (401); when Lusha could not be asked and the known secret does not match, the signature cannot be
     * checked (503, so that Lusha retries). {@link WebhookSecret} bounds how often either makes it ask Lusha.
     */
    private Verdict verify(String signature, String timestamp, byte[] bytes) {
        byte[] presented = fresh(timestamp) ? Signatures.decode(signature) : null;
        if (presented == null) {
            return Verdict.FORGED;
        }
        WebhookSecret.Known known = secret.known();
        if (known.signs(timestamp, bytes, presented)) {
            return Verdict.AUTHENTIC;
        }
        WebhookSecret.Known again = secret.recheck(known);
        if (!again.equals(known) && again.signs(timestamp, bytes, presented)) {
            return Verdict.AUTHENTIC;
        }
        return again.outcome() == WebhookSecret.Outcome.UNREADABLE ? Verdict.UNVERIFIABLE : Verdict.FORGED;
    }

    private enum Verdict {
        AUTHENTIC,
        FORGED,
        UNVERIFIABLE
    }

    private static Response answer(int status, Map<String, ?> entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }
}
