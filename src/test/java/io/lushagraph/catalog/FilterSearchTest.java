package io.lushagraph.catalog;

import static io.lushagraph.catalog.CatalogQueries.TECHNOLOGIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Text searches: cached per account and normalised text for {@code gateway.catalog.search-ttl} (10 minutes). */
@QuarkusTest
class FilterSearchTest {

    private static final String TECHNOLOGIES_ENDPOINT = "POST /prospecting/filters/companies/technologies";

    @Inject
    SteppingTicker ticker;

    @BeforeEach
    void startEmpty() {
        Simulator.reset();
        ticker.expireEverything();
    }

    @Test
    void theSameTextIsSearchedOnceAndAnotherTextAgain() {
        JsonPath first = GraphQL.ok(TECHNOLOGIES, Map.of("text", "sales"));
        JsonPath sameText = GraphQL.post(GraphQL.GLOBEX_KEY, TECHNOLOGIES, Map.of("text", "  SALES ")).statusCode(200)
                .extract().jsonPath();
        JsonPath otherText = GraphQL.ok(TECHNOLOGIES, Map.of("text", "java"));

        assertThat(first.getList("data.companyFilters.technologies")).containsExactly(
                Map.of("id", "salesforce", "value", "salesforce"), Map.of("id", "salesloft", "value", "salesloft"));
        assertThat(sameText.getList("data.companyFilters.technologies"))
                .isEqualTo(first.getList("data.companyFilters.technologies"));
        assertThat(otherText.getList("data.companyFilters.technologies.value")).containsExactly("java", "javascript");
        assertThat(first.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(sameText.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(otherText.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(Simulator.requests()).isEqualTo(Map.of(TECHNOLOGIES_ENDPOINT, 2));
    }

    @Test
    void aSearchAnswerExpiresAfterTheSearchTtl() {
        GraphQL.ok(TECHNOLOGIES, Map.of("text", "java"));
        ticker.advance(Duration.ofMinutes(9));
        GraphQL.ok(TECHNOLOGIES, Map.of("text", "java"));
        assertThat(Simulator.requests(TECHNOLOGIES_ENDPOINT)).isEqualTo(1);

        ticker.advance(Duration.ofMinutes(2));
        JsonPath expired = GraphQL.ok(TECHNOLOGIES, Map.of("text", "java"));

        assertThat(expired.getInt("extensions.cost.upstreamCalls")).isEqualTo(1);
        assertThat(Simulator.requests(TECHNOLOGIES_ENDPOINT)).isEqualTo(2);
    }

    @Test
    void everySearchAnswersInTheGatewaysShapes() {
        JsonPath answer = GraphQL.ok("""
                {
                  contactFilters {
                    london: locations(text: "london") { city state country continent countryGrouping }
                    york: locations(text: "new york") { city state country }
                  }
                  companyFilters {
                    locations(text: "isr") { country continent countryGrouping }
                    technologies(text: "rss") { id value }
                  }
                }""", Map.of());

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getMap("data.contactFilters.london[0]")).containsEntry("city", "London")
                .containsEntry("country", "United Kingdom").containsEntry("countryGrouping", "emea");
        assertThat(answer.getList("data.contactFilters.york.city")).containsExactly(null, "New York");
        assertThat(answer.getList("data.contactFilters.york.state")).containsExactly("New York", "New York");
        assertThat(answer.getList("data.companyFilters.locations")).containsExactly(
                Map.of("country", "Israel", "continent", "Asia", "countryGrouping", "emea"));
        assertThat(answer.getList("data.companyFilters.technologies")).containsExactly(Map.of("id", "rss", "value", "rss"));
        assertThat(Simulator.requests()).isEqualTo(Map.of("POST /prospecting/filters/contacts/locations", 2,
                "POST /prospecting/filters/companies/locations", 1, "POST /prospecting/filters/companies/technologies", 1));
    }

    @Test
    void companyNamesFindCompaniesByAnyPartOfTheirName() {
        JsonPath broad = GraphQL.ok("{ companyFilters { names(text: \"a\") { id name domain logoUrl } } }", Map.of());
        Map<String, Object> first = broad.getMap("data.companyFilters.names[0]");
        String name = (String) first.get("name");

        JsonPath exact = GraphQL.ok("query($text: String!) { companyFilters { names(text: $text) { id name } } }",
                Map.of("text", name.toUpperCase()));

        assertThat(broad.getList("data.companyFilters.names")).hasSize(25);
        assertThat(broad.getList("data.companyFilters.names.name", String.class))
                .allSatisfy(n -> assertThat(n.toLowerCase()).contains("a"));
        assertThat((String) first.get("domain")).isNotBlank().doesNotStartWith("www.");
        assertThat((String) first.get("logoUrl")).startsWith("https://");
        assertThat(exact.getMap("data.companyFilters.names[0]")).isEqualTo(Map.of("id", first.get("id"), "name", name));
    }

    @Test
    void blankOrOverlongTextIsInvalidInputWithoutAnUpstreamCall() {
        JsonPath blank = GraphQL.ok("{ companyFilters { names(text: \"   \") { id } } }", Map.of());
        JsonPath overlong = GraphQL.ok(TECHNOLOGIES, Map.of("text", "x".repeat(101)));

        assertThat(blank.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(overlong.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(blank.getInt("extensions.cost.upstreamCalls")).isZero();
        assertThat(Simulator.requests()).isEmpty();
    }
}
