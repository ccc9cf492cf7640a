package io.lushagraph.upstream;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns every non-2xx Lusha answer into a {@link LushaApiException}, reading whichever of Lusha's error body shapes
 * came back: {@code {statusCode, message, errors}}, {@code {error: {code, message}}}, {@code {code, message}} or a
 * NestJS-style message array.
 */
public class LushaErrorMapper implements ResponseExceptionMapper<LushaApiException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public LushaApiException toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new LushaApiException(response.getStatus(), messageOf(body, response.getStatus()),
                lowerCaseHeaders(response.getStringHeaders()));
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** Lusha's message from any of its error shapes, or a generic one naming the status. */
    static String messageOf(String body, int status) {
        String fallback = "Lusha answered HTTP " + status;
        if (body == null || body.isBlank()) {
            return fallback;
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode message = root.has("error") && root.get("error").isObject()
                    ? root.get("error").get("message")
                    : root.get("message");
            if (message == null || message.isNull()) {
                return fallback;
            }
            if (message.isArray()) {
                List<String> parts = new java.util.ArrayList<>();
                message.forEach(m -> parts.add(m.asText()));
                return String.join("; ", parts);
            }
            return message.asText();
        } catch (Exception notJson) {
            return fallback;
        }
    }

    static Map<String, String> lowerCaseHeaders(MultivaluedMap<String, String> headers) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                lower.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return lower;
    }
}
