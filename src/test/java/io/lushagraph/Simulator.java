package io.lushagraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;

import java.util.List;
import java.util.Map;

import io.lushagraph.reveal.EnrichmentCaches;
import io.lushagraph.upstream.PathFallbacks;
import io.lushagraph.upstream.UpstreamGuard;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The embedded simulator's admin API, as tests use it to reset, sample, inject faults and count upstream calls. */
public final class Simulator {

    private static final String ADMIN = "/lusha-sim/_admin";

    private Simulator() {
    }

    /**
     * Zeroes the stats, refills the rate-limit buckets and clears injected faults; the gateway's own upstream state
     * (pacing buckets, circuit breakers, credit and quota blocks, remembered path fallbacks, enrichment caches)
     * starts afresh too, as against a fresh account.
     */
    public static void reset() {
        given().post(ADMIN + "/reset").then().statusCode(lessThan(300));
        given().delete(ADMIN + "/faults").then().statusCode(lessThan(300));
        Arc.container().instance(UpstreamGuard.class).get().reset();
        Arc.container().instance(PathFallbacks.class).get().reset();
        Arc.container().instance(EnrichmentCaches.class).get().clear();
    }

    /** Zeroes the simulator's stats (and refills its limits) and nothing else: faults and gateway state remain. */
    public static void zeroStats() {
        given().post(ADMIN + "/reset").then().statusCode(lessThan(300));
    }

    /** Clears the injected faults and nothing else. */
    public static void clearFaults() {
        given().delete(ADMIN + "/faults").then().statusCode(lessThan(300));
    }

    /** Also forgets every webhook subscription, the webhook secret, the audit log and the opt-outs. */
    public static void resetWebhooks() {
        given().queryParam("webhooks", true).post(ADMIN + "/reset").then().statusCode(lessThan(300));
        given().delete(ADMIN + "/faults").then().statusCode(lessThan(300));
        Arc.container().instance(UpstreamGuard.class).get().reset();
        Arc.container().instance(PathFallbacks.class).get().reset();
        Arc.container().instance(EnrichmentCaches.class).get().clear();
    }

    /** Has the simulated Lusha emit a signal to the matching subscriptions; returns how many it delivered to. */
    public static int emitSignal(String entityType, String entityId, String type) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("entityType", entityType, "entityId", entityId, "type", type))
                .post(ADMIN + "/signals").then().statusCode(200).extract().path("subscriptions");
    }

    /** Has the simulated Lusha deliver a contact's opt-out; {@code keepServing} keeps its datapoints in answers. */
    public static int emitOptOut(String contactId, boolean keepServing) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("contactId", contactId, "keepServing", keepServing))
                .post(ADMIN + "/opt-out").then().statusCode(200).extract().path("subscriptions");
    }

    public static JsonPath stats() {
        return given().get(ADMIN + "/stats").then().statusCode(200).extract().jsonPath();
    }

    /** Requests the simulator received, by {@code METHOD /path}. */
    public static Map<String, Integer> requests() {
        return stats().getMap("requests");
    }

    /** Requests the simulator received on one endpoint. */
    public static int requests(String endpoint) {
        Integer count = requests().get(endpoint);
        return count == null ? 0 : count;
    }

    public static List<Integer> batchSizes(String endpoint) {
        List<Integer> sizes = stats().getList("batchSizes.'" + endpoint + "'");
        return sizes == null ? List.of() : sizes;
    }

    /** Existing people: {@code id, email, linkedinUrl, firstName, lastName, companyName, companyDomain}. */
    public static List<Map<String, String>> people(int n, int offset) {
        return given().queryParam("entity", "person").queryParam("n", n).queryParam("offset", offset)
                .get(ADMIN + "/sample").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Existing companies: {@code id, name, domain}. */
    public static List<Map<String, String>> companies(int n, int offset) {
        return given().queryParam("entity", "company").queryParam("n", n).queryParam("offset", offset)
                .get(ADMIN + "/sample").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Queues a fault, e.g. {@code Map.of("endpoint", "POST /v2/person", "status", 503, "count", 1)}. */
    public static void fault(Map<String, Object> fault) {
        given().contentType(ContentType.JSON).body(fault).post(ADMIN + "/faults").then().statusCode(lessThan(300));
    }
}
