package io.lushagraph.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI check itself, without the gateway: Lusha's documents load, a deliberately wrong exchange is caught and
 * fails the check, the known defects excuse exactly what their evidence covers, the bulk company call validates
 * under both of its paths, and an endpoint no document describes is reported unless it is listed.
 */
class OpenApiConformanceTest {

    private static final Map<String, List<String>> KEY = Map.of("api_key", List.of("some-key"));

    private static LushaOpenApi api;
    private static KnownDefects defects;

    @BeforeAll
    static void load() {
        defects = KnownDefects.load();
        api = LushaOpenApi.load(defects);
    }

    private static Exchange post(String path, String body) {
        return Exchange.request("POST", path, Map.of(), KEY, "application/json", body);
    }

    private static List<Violation> unexcused(Exchange exchange) {
        return api.validate(exchange).stream().filter(v -> defects.excuse(v).isEmpty()).toList();
    }

    @Test
    void aRequestTheDocumentRefusesIsAViolation() {
        List<Violation> found = unexcused(post("/v2/person", "{\"metadata\":{}}"));

        assertThat(found).anySatisfy(v -> {
            assertThat(v.endpoint()).isEqualTo("POST /v2/person");
            assertThat(v.side()).isEqualTo(Violation.REQUEST);
            assertThat(v.key()).isEqualTo("validation.request.body.schema.required");
            assertThat(v.message()).contains("contacts");
        });
    }

    @Test
    void aNullWhereTheDocumentAllowsNoneIsAViolation() {
        Exchange exchange = post("/v2/company", "{\"companies\":[{\"id\":\"1\",\"domain\":\"lusha.com\"}]}")
                .answeredWith(200, "application/json", "{\"1\":{\"id\":1,\"name\":\"Lusha\",\"funding\":null}}");

        assertThat(unexcused(exchange)).singleElement().satisfies(v -> {
            assertThat(v.side()).isEqualTo(Violation.RESPONSE);
            assertThat(v.pointer()).isEqualTo("/1/funding");
            assertThat(v.key()).isEqualTo("validation.response.body.schema.type");
        });
    }

    @Test
    void aValidExchangeHasNoViolation() {
        Exchange exchange = post("/v2/company", "{\"companies\":[{\"id\":\"1\",\"domain\":\"lusha.com\"}]}")
                .answeredWith(200, "application/json", "{\"1\":{\"id\":1,\"name\":\"Lusha\"}}");

        assertThat(api.validate(exchange)).isEmpty();
    }

    @Test
    void anAllOfOfObjectsIsValidatedAsTheOneObjectItDescribes() {
        String data = "\"companyId\":1,\"firstName\":\"Ada\",\"lastName\":\"Byron\",\"fullName\":\"Ada Byron\","
                + "\"company\":{\"name\":\"Lusha\",\"fqdn\":\"lusha.com\"}";
        Exchange person = Exchange.request("GET", "/v2/person", Map.of("personId", List.of("1")), KEY, null, null);

        assertThat(unexcused(person.answeredWith(200, "application/json",
                "{\"contact\":{\"error\":null,\"isCreditCharged\":true,\"data\":{" + data + "}}}")))
                .as("ContactWithCompany is Contact and company together").isEmpty();
        assertThat(unexcused(person.answeredWith(200, "application/json",
                "{\"contact\":{\"error\":null,\"isCreditCharged\":true,\"data\":{" + data + ",\"nickname\":\"x\"}}}")))
                .singleElement().satisfies(v -> {
                    assertThat(v.key()).isEqualTo("validation.response.body.schema.additionalProperties");
                    assertThat(v.message()).contains("nickname");
                });
    }

    @Test
    void theBulkCompanyCallValidatesUnderBothOfItsPaths() {
        String wrong = "{\"companies\":[{\"domain\":\"lusha.com\"}]}";

        for (String path : List.of("/v2/company", "/bulk/company/v2")) {
            assertThat(unexcused(post(path, wrong))).as(path).anySatisfy(v -> {
                assertThat(v.endpoint()).isEqualTo("POST /v2/company");
                assertThat(v.key()).isEqualTo("validation.request.body.schema.required");
            });
            assertThat(api.validate(post(path, "{\"companies\":[{\"id\":\"1\",\"domain\":\"lusha.com\"}]}")))
                    .as(path).isEmpty();
        }
    }

    @Test
    void theOptOutSubscriptionIsValidatedAgainstTheV3Document() {
        List<Violation> found = api.validate(post("/api/subscriptions/opt-out", "{\"url\":42}"));

        assertThat(found).isNotEmpty().allSatisfy(v -> assertThat(v.document()).isEqualTo("v3"));
    }

    @Test
    void anEndpointNoDocumentDescribesIsReportedUnlessListed() {
        Violation listed = api.validate(post("/api/recommendations/contacts", "{}")).get(0);
        Violation unknown = api.validate(post("/api/no-such-endpoint", "{}")).get(0);

        assertThat(listed.key()).isEqualTo(LushaOpenApi.UNCOVERED);
        assertThat(defects.excuse(listed)).contains("uncovered:POST /api/recommendations/contacts");
        assertThat(unknown.key()).isEqualTo(LushaOpenApi.UNCOVERED);
        assertThat(defects.excuse(unknown)).isEmpty();
    }

    @Test
    void theSignalsSearchByNameWithoutDomainIsExcusedAsTheDocumentsOwnExampleDoesIt() {
        // The document's example searchByNameAndCompany, as the gateway sends such a search.
        Exchange byName = post("/api/signals/contacts/search",
                "{\"contacts\":[{\"id\":\"c1\",\"full_name\":\"Jane Doe\",\"companies\":[{\"name\":\"Lusha\"}]}],"
                        + "\"signals\":[\"allSignals\"]}");

        List<Violation> found = api.validate(byName);

        assertThat(found).isNotEmpty()
                .allSatisfy(v -> assertThat(defects.excuse(v)).contains("v2-signals-search-by-name-without-domain"));
    }

    @Test
    void theCheckFailsTheBuildOnAnUnexcusedViolationAndPassesOnExcusedOnes(@TempDir Path dir) {
        Path report = dir.resolve("report.txt");
        ConformanceLedger.drain();
        ConformanceLedger.submit(post("/v2/person", "{\"metadata\":{}}"));

        ConformanceLedger.Findings findings = ConformanceLedger.drain();

        assertThat(findings.clean()).isFalse();
        assertThatThrownBy(() -> OpenApiConformanceCheck.verdict("a deliberately wrong exchange", findings, report))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /v2/person request")
                .hasMessageContaining("validation.request.body.schema.required");

        ConformanceLedger.submit(post("/api/recommendations/contacts", "{}"));
        ConformanceLedger.Findings excused = ConformanceLedger.drain();
        assertThat(excused.clean()).isTrue();
        assertThat(excused.excused()).containsEntry("uncovered:POST /api/recommendations/contacts", 1);
        OpenApiConformanceCheck.verdict("an excused exchange", excused, report);
        assertThat(report).content().contains("VIOLATION (1x) POST /v2/person request")
                .contains("excused by uncovered:POST /api/recommendations/contacts: 1");
    }
}
