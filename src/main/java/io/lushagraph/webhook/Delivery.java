package io.lushagraph.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.signal.CompanySignalType;
import io.lushagraph.signal.ContactSignalType;

/**
 * A verified delivery as the inbox stores it: its dedupe key (the payload {@code id}, or for an opt-out, which has
 * none, sha256(contactId|contactOptOutDate|sorted datapoint ids)), its kind and its first status.
 */
public record Delivery(String key, String kind, String status, String payload) {

    /** A signal delivery. */
    public static final String SIGNAL = "signal";
    /** An opt-out delivery. */
    public static final String OPT_OUT = "optout";
    /** A delivery the gateway does not understand. */
    public static final String UNKNOWN = "unknown";

    private static final int MAX_ID = 128;

    /** Reads a verified body; never fails: what it cannot understand is quarantined under a hash of the bytes. */
    static Delivery of(ObjectMapper json, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (java.io.IOException e) {
            return quarantined("sha256:" + sha256(body), text);
        }
        if (root == null || !root.isObject()) {
            return quarantined("sha256:" + sha256(body), text);
        }
        if (root.path("contactId").isTextual() && root.path("datapoints").isArray()) {
            return optOut(root, body, text);
        }
        String id = root.path("id").isTextual() ? root.path("id").asText() : null;
        if (id == null || id.isEmpty() || id.length() > MAX_ID) {
            return quarantined("sha256:" + sha256(body), text);
        }
        return knownSignal(root) ? new Delivery(id, SIGNAL, Inbox.PENDING, text) : quarantined(id, text);
    }

    private static Delivery optOut(JsonNode root, byte[] body, String text) {
        List<String> ids = new ArrayList<>();
        for (JsonNode point : root.path("datapoints")) {
            if (!point.path("datapointId").isTextual() || !point.path("datapointType").isTextual()) {
                return quarantined("sha256:" + sha256(body), text);
            }
            ids.add(point.path("datapointId").asText());
        }
        if (!root.path("contactOptOutDate").isTextual() || ids.isEmpty()) {
            return quarantined("sha256:" + sha256(body), text);
        }
        ids.sort(null);
        String derived = root.path("contactId").asText() + "|" + root.path("contactOptOutDate").asText() + "|"
                + String.join("|", ids);
        return new Delivery(sha256(derived.getBytes(StandardCharsets.UTF_8)), OPT_OUT, Inbox.PENDING, text);
    }

    private static boolean knownSignal(JsonNode root) {
        for (String field : List.of("type", "entityType", "entityId", "subscriptionId", "timestamp")) {
            if (!root.path(field).isTextual()) {
                return false;
            }
        }
        if (!root.path("data").isObject()) {
            return false;
        }
        String type = root.path("type").asText();
        return switch (root.path("entityType").asText()) {
            case "contact" -> ContactSignalType.ofLusha(type).isPresent();
            case "company" -> CompanySignalType.ofLusha(type).isPresent();
            default -> false;
        };
    }

    private static Delivery quarantined(String key, String text) {
        return new Delivery(key, UNKNOWN, Inbox.QUARANTINED, text);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
