package io.lushagraph.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class RateLimitTest {

    private static final String TOO_MANY = "Too many requests. Please wait before making another request.";

    @TestHTTPResource("/lusha-sim/v2/company")
    URI company;

    private final HttpClient http = HttpClient.newHttpClient();
    private String domain;

    @BeforeEach
    void reset() {
        Sim.reset();
        domain = (String) Sim.companies(1, 400).get(0).get("domain");
        Sim.api().queryParam("domain", domain).get("/v2/company").then().statusCode(200);
        Sim.reset();
    }

    @Test
    void theTwentySixthRequestWithinASecondIsA429WhileAnotherEndpointIsServed() {
        List<HttpResponse<String>> burst = burst(26);

        List<HttpResponse<String>> limited = burst.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(burst.stream().filter(r -> r.statusCode() == 200)).hasSize(25);
        assertThat(limited).hasSize(1);
        HttpResponse<String> tooMany = limited.get(0);
        assertThat(tooMany.body()).isEqualTo("{\"statusCode\":429,\"message\":\"" + TOO_MANY + "\"}");
        assertThat(tooMany.headers().firstValue("RateLimit-Limit")).hasValue("25");
        assertThat(tooMany.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        assertThat(tooMany.headers().firstValue("RateLimit-Reset")).hasValue("1");
        assertThat(tooMany.headers().firstValue("x-rate-limit-daily")).isPresent();

        Sim.api().queryParam("personId", Sim.people(1, 400).get(0).get("id")).get("/v2/person").then()
                .statusCode(200);
        assertThat(Sim.stats()).containsEntry("rateLimited", 1);
        assertThat(Sim.stats().get("requests")).isEqualTo(Map.of("GET /v2/company", 26, "GET /v2/person", 1));
    }

    @Test
    void theSixthUsageRequestWithinAMinuteIsA429UntilReset() {
        for (int i = 0; i < 5; i++) {
            Sim.api().get("/account/usage").then().statusCode(200);
        }

        Response sixth = Sim.api().get("/account/usage");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.jsonPath().getString("message")).isEqualTo(TOO_MANY);
        assertThat(sixth.header("RateLimit-Limit")).isEqualTo("5");
        assertThat(Integer.parseInt(sixth.header("RateLimit-Reset"))).isBetween(1, 60);
        assertThat(Sim.stats()).containsEntry("rateLimited", 1);
        Sim.reset();
        Sim.api().get("/account/usage").then().statusCode(200);
    }

    private List<HttpResponse<String>> burst(int requests) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(company + "?domain=" + domain))
                .header("api_key", Sim.KEY).build();
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, requests)
                .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
        return calls.stream().map(CompletableFuture::join).toList();
    }
}
