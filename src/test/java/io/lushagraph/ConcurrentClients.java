package io.lushagraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sends many GraphQL requests at once, each as its own HTTP request, as separate clients would. */
public final class ConcurrentClients {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConcurrentClients() {
    }

    /**
     * Posts every variables map with the same query, all started before any is awaited.
     *
     * @return the parsed answers, in the order of {@code variables}
     */
    public static List<JsonNode> postAll(URI graphql, String tenantKey, String query,
            List<Map<String, Object>> variables) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (Map<String, Object> v : variables) {
            HttpRequest request = HttpRequest.newBuilder(graphql)
                    .header("Authorization", "Bearer " + tenantKey)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("query", query, "variables", v))))
                    .build();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<JsonNode> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> p : pending) {
            HttpResponse<String> response = p.get();
            if (response.statusCode() != 200) {
                throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
            }
            answers.add(JSON.readTree(response.body()));
        }
        return answers;
    }
}
