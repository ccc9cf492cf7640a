package io.lushagraph.simulator.webhook;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.config.LushaConfig;

/**
 * Talks to webhook receivers over HTTP as Lusha does: the URL challenge ({@code GET <url>?challenge=...} answered
 * with the same value) and signed deliveries whose acknowledgement must echo the payload id.
 */
@Singleton
public class Receivers {

    static final String USER_AGENT = "Lusha-Webhooks/1.0";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper;
    private final Duration timeout;
    private final Clock clock = Clock.systemUTC();

    public Receivers(ObjectMapper mapper, LushaConfig config) {
        this.mapper = mapper;
        this.timeout = config.simulator().webhookAckTimeout();
    }

    /** Sends a challenge and waits for the echo; blocks the calling worker thread. */
    Attempt challenge(String url) {
        String challenge = Stamps.hex(16);
        URI uri = URI.create(url + (url.contains("?") ? "&" : "?") + "challenge="
                + URLEncoder.encode(challenge, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT).GET()
                .build();
        return call(request, body -> challenge.equals(text(body, "challenge")) ? null
                : "Challenge response did not echo the challenge").join();
    }

    /** POSTs the body signed with {@code secret}; the ack must be 2xx JSON echoing {@code webhookId} when given. */
    CompletableFuture<Attempt> deliver(String url, byte[] body, String secret, String webhookId) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                .header(Signatures.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(Signatures.SIGNATURE_HEADER, Signatures.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return call(request, ack -> ackProblem(ack, webhookId));
    }

    private String ackProblem(JsonNode ack, String webhookId) {
        if (ack == null || !ack.path("received").asBoolean(false)) {
            return "Acknowledgement must be JSON with \"received\": true";
        }
        if (webhookId != null && !webhookId.equals(text(ack, "webhookId"))) {
            return "Acknowledgement webhookId does not match the payload id";
        }
        return null;
    }

    private CompletableFuture<Attempt> call(HttpRequest request, Function<JsonNode, String> check) {
        Instant start = clock.instant();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long duration = Duration.between(start, clock.instant()).toMillis();
            if (failure != null) {
                return new Attempt(start, null, duration, "Request failed: " + failure.getClass().getSimpleName());
            }
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                return new Attempt(start, status, duration, "Receiver answered HTTP " + status);
            }
            return new Attempt(start, status, duration, check.apply(json(response.body())));
        });
    }

    private JsonNode json(String body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null ? null : node.path(field).asText(null);
    }

    /** Compact JSON bytes of a payload, as they are signed and sent. */
    byte[] bytes(Object payload) {
        try {
            return mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

}
