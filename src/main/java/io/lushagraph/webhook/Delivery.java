package io.lushagraph.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.signal.CompanySignalType;
import io.lushagraph.signal.ContactSignalType;
import io.lushagraph.webhook.wire.OptOutWebhookPayload;
import io.lushagraph.webhook.wire.WebhookPayload;

/**
 * A verified delivery as the inbox stores it: its dedupe key (the payload {@code id}, or for an opt-out, which has
 * none, sha256(contactId|contactOptOutDate|sorted datapoint ids)), its kind, its first status and its body.
 * <p>
 * Everything processing will need is checked here, at receipt, so that a delivery that could never be processed is
 * quarantined at once with a {@link #reason} instead of failing every attempt: a body that is not a JSON object, a
 * payload that is neither a known signal nor an opt-out, a signal whose {@code timestamp} is not ISO-8601 or whose
 * ids do not fit, an opt-out whose {@code contactId} or dates do not fit. A leading UTF-8 byte-order mark is dropped
 * (the signature was checked over the bytes as sent). A body that is not JSON is kept as its bytes ({@link #raw}),
 * never as text, so that no NUL character ever reaches a text column.
 *
 * @param reason why a quarantined delivery was quarantined ({@code unreadable}, {@code unknown},
 *        {@code invalid_signal}, {@code invalid_opt_out}, {@code unstorable}); null otherwise
 * @param subscriptionId the signal's subscription, when it has a usable one
 * @param raw the body's bytes, kept instead of {@code payload} when they are not JSON text
 */
public record Delivery(String key, String kind, String status, String payload, String reason, String subscriptionId,
        byte[] raw) {

    /** A signal delivery. */
    public static final String SIGNAL = "signal";
    /** An opt-out delivery. */
    public static final String OPT_OUT = "optout";
    /** A delivery the gateway does not understand. */
    public static final String UNKNOWN = "unknown";

    /** Quarantined: the body is not a JSON object (not UTF-8 JSON, a raw control character such as NUL, ...). */
    public static final String UNREADABLE = "unreadable";
    /** Quarantined: a JSON object that is neither a known signal nor an opt-out. */
    public static final String NOT_KNOWN = "unknown";
    /** Quarantined: a known signal type whose fields cannot be processed. */
    public static final String INVALID_SIGNAL = "invalid_signal";
    /** Quarantined: an opt-out whose fields cannot be processed or stored. */
    public static final String INVALID_OPT_OUT = "invalid_opt_out";
    /** Quarantined: the store refused the delivery's values (a data error, which a retry would meet again). */
    public static final String UNSTORABLE = "unstorable";

    /** Ids and keys are stored in columns of 128 characters. */
    private static final int MAX_ID = 128;
    /** Opt-out dates are stored in columns of 64 characters. */
    private static final int MAX_DATE = 64;
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    /** A delivery with no reason, subscription or raw bytes, as tests and older rows have them. */
    public Delivery(String key, String kind, String status, String payload) {
        this(key, kind, status, payload, null, null, null);
    }

    /** Reads a verified body; never fails: what cannot be processed is quarantined with its reason. */
    static Delivery of(ObjectMapper json, byte[] body) {
        byte[] content = startsWithBom(body) ? Arrays.copyOfRange(body, BOM.length, body.length) : body;
        String text = new String(content, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = text.indexOf('\0') >= 0 || !validUtf8(content) ? null : json.readTree(content);
        } catch (java.io.IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return unreadable(body);
        }
        if (root.path("contactId").isTextual() && root.path("datapoints").isArray()) {
            return optOut(json, root, content, text);
        }
        if (!knownSignalType(root)) {
            String id = root.path("id").asText(null);
            return quarantined(usableId(id) ? id : "sha256:" + sha256(content), text, NOT_KNOWN, null);
        }
        return signal(json, root, content, text);
    }

    /** The body of a delivery whose values the store refused, quarantined as bytes under a hash of them. */
    static Delivery unstorable(byte[] body) {
        return new Delivery("sha256:" + sha256(body), UNKNOWN, Inbox.QUARANTINED, null, UNSTORABLE, null, body);
    }

    private static Delivery signal(ObjectMapper json, JsonNode root, byte[] content, String text) {
        String id = root.path("id").asText(null);
        String subscriptionId = root.path("subscriptionId").asText(null);
        boolean fits = root.path("id").isTextual() && usableId(id) && root.path("subscriptionId").isTextual()
                && usableId(subscriptionId) && root.path("entityId").isTextual()
                && usableId(root.path("entityId").asText()) && root.path("timestamp").isTextual()
                && isoInstant(root.path("timestamp").asText()) && root.path("data").isObject()
                && readable(json, root, WebhookPayload.class);
        if (!fits) {
            return quarantined(usableId(id) ? id : "sha256:" + sha256(content), text, INVALID_SIGNAL,
                    usableId(subscriptionId) ? subscriptionId : null);
        }
        return new Delivery(id, SIGNAL, Inbox.PENDING, text, null, subscriptionId, null);
    }

    private static Delivery optOut(ObjectMapper json, JsonNode root, byte[] content, String text) {
        List<String> ids = new ArrayList<>();
        for (JsonNode point : root.path("datapoints")) {
            if (!point.path("datapointId").isTextual() || !point.path("datapointType").isTextual()) {
                return quarantined("sha256:" + sha256(content), text, INVALID_OPT_OUT, null);
            }
            ids.add(point.path("datapointId").asText());
        }
        JsonNode exposure = root.path("contactExposureDate");
        boolean fits = !ids.isEmpty() && usableId(root.path("contactId").asText())
                && root.path("contactOptOutDate").isTextual()
                && fitsDate(root.path("contactOptOutDate").asText())
                && (exposure.isMissingNode() || exposure.isNull() || exposure.isTextual() && fitsDate(exposure.asText()))
                && ids.stream().noneMatch(Delivery::hasControl)
                && readable(json, root, OptOutWebhookPayload.class);
        if (!fits) {
            return quarantined("sha256:" + sha256(content), text, INVALID_OPT_OUT, null);
        }
        ids.sort(null);
        String derived = root.path("contactId").asText() + "|" + root.path("contactOptOutDate").asText() + "|"
                + String.join("|", ids);
        return new Delivery(sha256(derived.getBytes(StandardCharsets.UTF_8)), OPT_OUT, Inbox.PENDING, text);
    }

    private static boolean knownSignalType(JsonNode root) {
        String type = root.path("type").asText("");
        return switch (root.path("entityType").asText("")) {
            case "contact" -> ContactSignalType.ofLusha(type).isPresent();
            case "company" -> CompanySignalType.ofLusha(type).isPresent();
            default -> false;
        };
    }

    // What the processor reads with the same mapper must read now, or it never will.
    private static boolean readable(ObjectMapper json, JsonNode root, Class<?> type) {
        try {
            json.treeToValue(root, type);
            return true;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isoInstant(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean usableId(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX_ID && !hasControl(id);
    }

    private static boolean fitsDate(String date) {
        return !date.isEmpty() && date.length() <= MAX_DATE && !hasControl(date);
    }

    private static boolean hasControl(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static boolean startsWithBom(byte[] body) {
        return body.length >= BOM.length && body[0] == BOM[0] && body[1] == BOM[1] && body[2] == BOM[2];
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static Delivery unreadable(byte[] body) {
        return new Delivery("sha256:" + sha256(body), UNKNOWN, Inbox.QUARANTINED, null, UNREADABLE, null, body);
    }

    private static Delivery quarantined(String key, String text, String reason, String subscriptionId) {
        return new Delivery(key, UNKNOWN, Inbox.QUARANTINED, text, reason, subscriptionId, null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "Delivery[" + key + ", " + kind + ", " + status + (reason == null ? "" : ", " + reason) + "]";
    }
}
