package io.lushagraph.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** OPTIONS on the public schema is answered at once, with and without a CORS preflight's headers. */
@QuarkusTest
class SchemaOptionsTest {

    @TestHTTPResource("/graphql/schema.graphql")
    URI schema;

    @Test
    void optionsOnTheSchemaIsAnsweredNotLeftHanging() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (boolean preflight : new boolean[] { false, true }) {
            HttpRequest.Builder request = HttpRequest.newBuilder(schema).timeout(Duration.ofSeconds(10))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
            if (preflight) {
                request.header("Origin", "https://app.example.com").header("Access-Control-Request-Method", "GET");
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(204);
            assertThat(answer.headers().firstValue("Allow")).hasValue("GET, OPTIONS");
        }
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(schema).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("type Query");
    }
}
