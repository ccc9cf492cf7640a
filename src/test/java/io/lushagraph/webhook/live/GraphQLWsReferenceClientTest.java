package io.lushagraph.webhook.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.GraphQL;
import io.lushagraph.webhook.LogCapture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The graphql-ws reference client (npm {@code graphql-ws}, run under Node) against {@code /graphql}: a client without
 * a key is refused once and does not reconnect, and one that sends its key on the upgrade and in
 * {@code connection_init} is served. The package is installed into {@code target/graphql-ws-client}; without Node
 * and npm, or without the npm registry, the test is skipped and says why.
 */
@QuarkusTest
class GraphQLWsReferenceClientTest {

    private static final Path CLIENT = Path.of("target", "graphql-ws-client");
    private static final String[] PACKAGES = { "graphql-ws@6.4.2", "ws@8.23.0", "graphql@16" };
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeAll
    static void installTheClient() throws Exception {
        assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "Node and npm are not on the PATH: the graphql-ws reference client test is skipped");
        Files.createDirectories(CLIENT);
        if (!Files.isDirectory(CLIENT.resolve("node_modules").resolve("graphql-ws"))) {
            List<String> install = new ArrayList<>(List.of("npm", "install", "--prefix", ".", "--no-audit",
                    "--no-fund", "--silent"));
            install.addAll(List.of(PACKAGES));
            assumeTrue(run(install, 300).exitCode() == 0,
                    "npm could not install graphql-ws: the graphql-ws reference client test is skipped");
        }
        try (InputStream script = GraphQLWsReferenceClientTest.class
                .getResourceAsStream("/graphql-ws/reference-client.mjs")) {
            Files.copy(script, CLIENT.resolve("reference-client.mjs"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aClientWithoutAKeyIsRefusedOnceAndDoesNotReconnect() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            JsonNode outcome = referenceClient("-", "-", "subscription { signalEvents { id } }");

            assertThat(outcome.path("error").path("code").asInt()).as(outcome.toString()).isEqualTo(4401);
            assertThat(outcome.path("opened").asInt()).as("connections opened").isEqualTo(1);
            assertThat(outcome.path("results")).isEmpty();
            assertThat(logs.errors()).isEmpty();
        }
    }

    @Test
    void aClientWithItsKeyOnBothChannelsIsServed() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            JsonNode outcome = referenceClient(GraphQL.ACME_KEY, GraphQL.ACME_KEY, "{ me { tenant } }");

            assertThat(outcome.path("error").isNull()).as(outcome.toString()).isTrue();
            assertThat(outcome.path("results").get(0).path("data").path("me").path("tenant").asText())
                    .isEqualTo("acme");
            assertThat(outcome.path("opened").asInt()).isEqualTo(1);
            assertThat(logs.errors()).isEmpty();
        }
    }

    private JsonNode referenceClient(String headerKey, String payloadKey, String document) throws Exception {
        String ws = graphql.toString().replaceFirst("^http", "ws");
        Result result = run(List.of("node", "reference-client.mjs", ws, headerKey, payloadKey, document), 60);
        assertThat(result.exitCode()).as(result.output()).isZero();
        String[] lines = result.output().strip().split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }

    private static boolean runs(String... command) {
        try {
            return run(List.of(command), 60).exitCode() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(CLIENT);
        Process process = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }
}
