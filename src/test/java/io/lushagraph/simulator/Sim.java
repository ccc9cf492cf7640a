package io.lushagraph.simulator;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls the running simulator: its Lusha API with the test key, and its admin API. */
public final class Sim {

    public static final String KEY = "sim-key";

    public static final List<String> QUOTA_HEADERS = List.of("x-rate-limit-daily", "x-daily-requests-left",
            "x-daily-usage", "x-rate-limit-hourly", "x-hourly-requests-left", "x-hourly-usage", "x-rate-limit-minute",
            "x-minute-requests-left", "x-minute-usage");

    private Sim() {
    }

    /** A request to the simulated Lusha API with the right key. */
    public static RequestSpecification api() {
        return given().basePath("/lusha-sim").header("api_key", KEY).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return given().basePath("/lusha-sim/_admin").contentType(ContentType.JSON);
    }

    /** Zeroes the stats and refills the rate limits; past reveals stay charged. */
    public static void reset() {
        admin().post("/reset").then().statusCode(204);
    }

    /** Also forgets every past reveal and the credits used. */
    public static void resetWithLedger() {
        admin().queryParam("ledger", true).post("/reset").then().statusCode(204);
    }

    public static List<Map<String, Object>> people(int n, int offset) {
        return admin().queryParam("entity", "person").queryParam("n", n).queryParam("offset", offset)
                .get("/sample").then().statusCode(200).extract().jsonPath().getList("$");
    }

    public static List<Map<String, Object>> companies(int n, int offset) {
        return admin().queryParam("entity", "company").queryParam("n", n).queryParam("offset", offset)
                .get("/sample").then().statusCode(200).extract().jsonPath().getList("$");
    }

    public static Map<String, Object> stats() {
        return admin().get("/stats").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    public static long creditsUsed() {
        return api().get("/account/usage").then().statusCode(200).extract().jsonPath()
                .getLong("usage.bulkCredits.used");
    }

    /** The {@code data} of each person found by a bulk request, by person id (people not found are left out). */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> contacts(List<Map<String, Object>> people) {
        Map<String, Map<String, Object>> results = bulkByPersonId(people).then().statusCode(200).extract()
                .jsonPath().getMap("contacts");
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        results.forEach((id, result) -> {
            if (result.get("data") != null) {
                found.put(id, (Map<String, Object>) result.get("data"));
            }
        });
        return found;
    }

    /** A bulk person request for these people, keyed by their person ids. */
    public static Response bulkByPersonId(List<Map<String, Object>> people) {
        List<Map<String, Object>> contacts = people.stream()
                .map(p -> Map.<String, Object> of("contactId", p.get("id"), "personId", p.get("id"))).toList();
        return api().body(Map.of("contacts", contacts)).post("/v2/person");
    }
}
