package io.lushagraph.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Runs the published GraphQL-over-HTTP audit suite ({@code graphql-http}'s {@code serverAudits}, pinned in
 * {@code src/test/node/graphql-http-audit/package.json}) against the running gateway, as tenant acme, with
 * introspection on as in the test profile. Every audit must pass: no failed MUST ("error"), SHOULD ("warn") or MAY
 * ("notice"). The suite is installed with {@code npm ci} into {@code target/graphql-http-audit} once per build; where
 * {@code node} or {@code npm} is missing the test is skipped, saying so.
 */
@QuarkusTest
class GraphQLHttpAuditTest {

    private static final Path SOURCES = Path.of("src", "test", "node", "graphql-http-audit");
    private static final Path INSTALL = Path.of("target", "graphql-http-audit");
    /** graphql-http 1.23.1 has 61 server audits; fewer results means the suite did not run as expected. */
    private static final int AUDITS = 61;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void everyGraphQLOverHttpAuditPasses() throws Exception {
        assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "node and npm are not on the PATH: the graphql-http audit is skipped");
        install();

        Path output = Files.createTempFile("graphql-http-audit", ".json");
        Path errors = Files.createTempFile("graphql-http-audit", ".err");
        Process audit = new ProcessBuilder("node", "audit.mjs", graphql.toString(), GraphQL.ACME_KEY)
                .directory(INSTALL.toFile()).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        if (!audit.waitFor(120, TimeUnit.SECONDS)) {
            audit.destroyForcibly();
            fail("The graphql-http audit did not finish in 120 s");
        }
        assertThat(audit.exitValue()).as("node audit.mjs: %s", Files.readString(errors)).isZero();

        JsonArray results = new JsonArray(Files.readString(output, StandardCharsets.UTF_8).trim());
        List<JsonObject> all = results.stream().map(JsonObject.class::cast).toList();
        String failed = all.stream().filter(result -> !"ok".equals(result.getString("status")))
                .map(result -> result.getString("status") + " " + result.getString("id") + " "
                        + result.getString("name") + ": " + result.getString("reason") + " (HTTP "
                        + result.getValue("httpStatus") + ")")
                .collect(Collectors.joining("\n"));
        assertThat(failed).as("graphql-http audits that did not pass").isEmpty();
        assertThat(all).hasSize(AUDITS);
    }

    // npm ci once per build: again only when target/ is gone or the pinned versions changed.
    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(INSTALL);
        String lock = Files.readString(SOURCES.resolve("package-lock.json"));
        Path installedLock = INSTALL.resolve("package-lock.json");
        boolean current = Files.isDirectory(INSTALL.resolve("node_modules").resolve("graphql-http"))
                && Files.exists(installedLock) && Files.readString(installedLock).equals(lock);
        for (String file : List.of("package.json", "package-lock.json", "audit.mjs")) {
            Files.copy(SOURCES.resolve(file), INSTALL.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (current) {
            return;
        }
        Path log = INSTALL.resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                .directory(INSTALL.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(300, TimeUnit.SECONDS)) {
            npm.destroyForcibly();
            fail("npm ci of graphql-http did not finish in 300 s");
        }
        assertThat(npm.exitValue()).as("npm ci of graphql-http: %s", Files.readString(log)).isZero();
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
