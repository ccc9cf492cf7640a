package io.lushagraph.simulator.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.lushagraph.simulator.Sim;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** Test helpers for the simulated webhook API: a clean slate, receiver URLs, the secret, subscriptions. */
final class Hooks {

    private Hooks() {
    }

    /** Resets the simulator's stats and limits and forgets every webhook subscription, secret and audit row. */
    static void reset() {
        Sim.admin().queryParam("webhooks", true).post("/reset").then().statusCode(204);
    }

    static String receiverUrl(String name) {
        return "http://127.0.0.1:" + RestAssured.port + "/test-receiver/" + name;
    }

    static String regenerateSecret() {
        return Sim.api().post("/api/account/secret/regenerate").then().statusCode(200).extract().path("secret");
    }

    /** Creates one subscription to {@code url} and returns it. */
    static Map<String, Object> subscribe(String url, String entityType, String entityId, List<String> types) {
        Map<String, Object> body = Map.of("defaults", Map.of("url", url, "entityType", entityType, "signalTypes",
                types), "subscriptions", List.of(Map.of("entityId", entityId)));
        JsonPath created = Sim.api().body(body).post("/api/subscriptions").then().statusCode(201).extract().jsonPath();
        return created.getMap("results[0].subscription");
    }

    static long requests(String endpoint) {
        Map<?, ?> requests = (Map<?, ?>) Sim.stats().get("requests");
        Object count = requests.get(endpoint);
        return count == null ? 0 : ((Number) count).longValue();
    }

    static String sign(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
