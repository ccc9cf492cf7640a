package io.lushagraph.webhook.manage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;

/** Checks of webhook management input against Lusha's limits, before any call is made. */
final class WebhookInputs {

    static final int MAX_URL = 2048;
    static final int MAX_NAME = 100;
    static final int MAX_ENTITY_ID = 255;
    static final String ALL_SIGNALS = "allSignals";

    private WebhookInputs() {
    }

    static String entityId(String entityId) throws GatewayException {
        if (entityId == null || entityId.isBlank() || entityId.length() > MAX_ENTITY_ID) {
            throw invalid("entityId must be 1 to " + MAX_ENTITY_ID + " characters");
        }
        return entityId.trim();
    }

    static String name(String name) throws GatewayException {
        if (name != null && name.length() > MAX_NAME) {
            throw invalid("name must be at most " + MAX_NAME + " characters");
        }
        return name;
    }

    static String url(String url) throws GatewayException {
        if (url == null) {
            return null;
        }
        if (url.length() > MAX_URL || !isHttpUrl(url)) {
            throw invalid("url must be an http or https URL of at most " + MAX_URL + " characters");
        }
        return url;
    }

    /** Lusha's names of the types; {@code allSignals} when none are given, refused when an empty list is given. */
    static List<String> signalTypes(List<String> types, boolean defaultToAll) throws GatewayException {
        if (types == null) {
            return defaultToAll ? List.of(ALL_SIGNALS) : null;
        }
        if (types.isEmpty() || types.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw invalid("signalTypes must name at least one signal type; leave it out for allSignals");
        }
        return types.stream().map(WebhookInputs::lushaName).distinct().toList();
    }

    /** {@code SURGE_IN_HIRING} becomes Lusha's {@code surgeInHiring}; Lusha's own spelling stays. */
    static String lushaName(String type) {
        String trimmed = type.trim();
        if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed;
        }
        StringBuilder camel = new StringBuilder();
        for (String part : trimmed.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                camel.append(camel.length() == 0 ? part
                        : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return camel.toString();
    }

    static GatewayException invalid(String message) {
        return GatewayException.of(ErrorCode.INVALID_INPUT, message);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
