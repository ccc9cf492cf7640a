package io.lushagraph.tenant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** RELIABILITY TL-01, TL-03, TL-05 and TL-06: inbound limits per tenant, applied before GraphQL runs. */
@QuarkusTest
class TenantLimitsTest {

    static final String LIMITED_KEY = "limited-test-key";
    static final String ME = "{ me { tenant } }";

    @Inject
    InboundRateLimiter limiter;

    @BeforeEach
    void fullBuckets() {
        limiter.forget("limited");
        Simulator.reset();
    }

    @Test
    void tl01ATenantOverItsLimitGets429WhileAnotherIsUntouched() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long start = System.nanoTime();
            Future<List<Response>> limited = pool.submit(() -> send(LIMITED_KEY, 20));
            Future<List<Response>> acme = pool.submit(() -> send(GraphQL.ACME_KEY, 20));
            List<Response> limitedAnswers = limited.get();
            double seconds = (System.nanoTime() - start) / 1e9;

            long admitted = limitedAnswers.stream().filter(r -> r.statusCode() == 200).count();
            assertThat(admitted).as("a burst of 4, plus 2 a second over %.2f s", seconds)
                    .isBetween(4L, 4L + (long) Math.ceil(2 * seconds) + 1);
            for (Response refused : limitedAnswers.stream().filter(r -> r.statusCode() != 200).toList()) {
                assertThat(refused.statusCode()).isEqualTo(429);
                assertThat(Integer.parseInt(refused.header("Retry-After"))).isGreaterThanOrEqualTo(1);
                assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
            }
            assertThat(acme.get()).extracting(Response::statusCode).containsOnly(200);
            assertThat(Simulator.requests()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tl03AWaitUnderASecondIsRetryAfter1NeverZero() {
        List<Response> answers = send(LIMITED_KEY, 8);
        List<Response> refused = answers.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(refused).isNotEmpty();
        assertThat(refused).extracting(r -> r.header("Retry-After")).containsOnly("1");
        assertThat(refused.get(0).jsonPath().getInt("errors[0].extensions.retryAfter")).isEqualTo(1);
    }

    @Test
    void tl05AForgedTenantHeaderChangesNothing() {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(given().header("Authorization", "Bearer " + LIMITED_KEY).header("X-Tenant-Id", "acme")
                    .contentType(ContentType.JSON).body(Map.of("query", ME)).post("/graphql"));
        }
        assertThat(answers.get(0).jsonPath().getString("data.me.tenant")).isEqualTo("limited");
        assertThat(answers).extracting(Response::statusCode).contains(429);
    }

    @Test
    void tl06AnUnauthenticatedRequestIs401AndConsumesNoBucket() {
        long tracked = limiter.tracked();
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("query", ME)).post("/graphql").then().statusCode(401);
            given().header("Authorization", "Bearer not-a-tenant-" + i).contentType(ContentType.JSON)
                    .body(Map.of("query", ME)).post("/graphql").then().statusCode(401);
        }
        assertThat(limiter.tracked()).isEqualTo(tracked);
        assertThat(send(LIMITED_KEY, 4)).extracting(Response::statusCode).containsOnly(200);
    }

    @Test
    void meShowsTheTenantsLimitsCreditsAndAccount() {
        Map<String, Object> me = GraphQL.post(LIMITED_KEY, """
                { me { tenant admin rateLimit { perSecond burst } credits { daily remaining } maxQueryCost lushaAccount } }
                """, Map.of()).statusCode(200).extract().jsonPath().getMap("data.me");
        assertThat(me).containsEntry("tenant", "limited").containsEntry("admin", false)
                .containsEntry("rateLimit", Map.of("perSecond", 2, "burst", 4))
                .containsEntry("credits", Map.of("daily", 100, "remaining", 100))
                .containsEntry("maxQueryCost", 500).containsEntry("lushaAccount", "default");
        assertThat(GraphQL.post("initech-test-key", "{ me { lushaAccount } }", Map.of()).statusCode(200).extract()
                .jsonPath().getString("data.me.lushaAccount")).isEqualTo("tenant-initech");
    }

    @Test
    void aTenantWithItsOwnLushaAccountHasItsOwnCaches() {
        String departments = "{ contactFilters { departments { id } } }";
        GraphQL.post(GraphQL.ACME_KEY, departments, Map.of()).statusCode(200);
        Simulator.reset();

        GraphQL.post("initech-test-key", departments, Map.of()).statusCode(200);
        GraphQL.post("initech-test-key", departments, Map.of()).statusCode(200);
        GraphQL.post(GraphQL.GLOBEX_KEY, departments, Map.of()).statusCode(200);

        assertThat(Simulator.requests()).as("initech's account loads its own copy once; globex shares acme's")
                .containsExactlyEntriesOf(Map.of("GET /prospecting/filters/contacts/departments", 1));
        Map<String, Object> quota = GraphQL.post("initech-test-key", "{ me { quota { minute { remaining } } } }",
                Map.of()).statusCode(200).extract().jsonPath().getMap("data.me.quota.minute");
        assertThat(quota.get("remaining")).as("the quota Lusha reported to initech's account").isNotNull();
    }

    private static List<Response> send(String key, int n) {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                    .body(Map.of("query", ME)).post("/graphql"));
        }
        return answers;
    }
}
