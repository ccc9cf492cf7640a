package io.lushagraph.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.reveal.EnrichmentCaches;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.webhook.LogCapture;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;

/** RELIABILITY GQ-07: an unexpected failure whose message holds contact data reaches neither the client nor the log. */
@QuarkusTest
class UnexpectedFailureTest {

    static final String EMAIL = "jane.leak@acme.example";

    @Inject
    EnrichmentCaches caches;

    @Test
    void gq07TheClientSeesAMaskedErrorAndTheLogNoContactData() {
        QuarkusMock.installMockForType(new PersonService(null, null, null, null, null, caches) {
            @Override
            public Uni<Person> person(GatewayRequest request, PersonLookup lookup, PersonLookupOptions options) {
                return Uni.createFrom().failure(new IllegalStateException("lookup of " + EMAIL + " broke"));
            }
        }, PersonService.class);
        try (LogCapture logs = LogCapture.start()) {
            JsonPath answer = GraphQL.ok("{ person(lookup: { email: \"" + EMAIL + "\" }) { id } }", Map.of());

            assertThat(answer.getString("errors[0].message")).doesNotContain(EMAIL).doesNotContain("broke");
            assertThat(answer.prettify()).doesNotContain(EMAIL);
            assertThat(logs.text()).doesNotContain(EMAIL);
        }
    }
}
