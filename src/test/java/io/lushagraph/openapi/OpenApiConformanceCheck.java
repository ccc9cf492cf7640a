package io.lushagraph.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * After every test of every {@code @QuarkusTest} class (registered through {@code META-INF/services}, so no test
 * class can forget it): validates the exchanges the test made with the simulator against Lusha's OpenAPI; after the
 * class, appends
 * what was found to {@code target/openapi-conformance/report.txt}, and fails the class, and so {@code mvnw verify},
 * on any violation that {@code lusha/openapi/known-defects.yaml} does not excuse.
 */
public class OpenApiConformanceCheck implements QuarkusTestAfterEachCallback, QuarkusTestAfterAllCallback {

    /** Where each class's findings are appended. */
    public static final Path REPORT = Path.of("target", "openapi-conformance", "report.txt");

    /** Validates the exchanges of the test just finished, before the next one starts. */
    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        ConformanceLedger.validatePending();
    }

    @Override
    public void afterAll(QuarkusTestContext context) {
        Object instance = context.getTestInstance();
        verdict(instance == null ? "(unknown test class)" : instance.getClass().getName(), ConformanceLedger.drain(),
                REPORT);
    }

    /** Records the findings under the test class's name; throws when any violation is not excused. */
    static void verdict(String testClass, ConformanceLedger.Findings findings, Path report) {
        if (findings.exchanges() == 0 && findings.errors().isEmpty()) {
            return;
        }
        String text = testClass + ": " + findings.describe();
        append(report, text);
        if (!findings.clean()) {
            throw new AssertionError("Exchanges with the Lusha simulator break Lusha's published OpenAPI in ways "
                    + "lusha/openapi/known-defects.yaml does not excuse (fix the gateway or the simulator, or list "
                    + "a defect of the document with its evidence):\n" + text);
        }
    }

    private static void append(Path report, String text) {
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
