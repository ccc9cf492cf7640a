package io.lushagraph.cost;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** RELIABILITY GQ-05: with production's settings, introspection is refused and GraphiQL is not served. */
@QuarkusTest
@TestProfile(ProductionSchemaTest.ProductionSettings.class)
class ProductionSchemaTest {

    /** What the prod profile sets, and GraphiQL left out as a production build leaves it. */
    public static class ProductionSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false");
        }
    }

    @Test
    void gq05IntrospectionIsRefusedAndTheUiIsNotServed() {
        JsonPath schema = GraphQL.post("{ __schema { types { name } } }", Map.of()).statusCode(200).extract()
                .jsonPath();
        assertThat(schema.getList("errors")).isNotEmpty();
        assertThat((Object) schema.get("data.__schema")).isNull();
        JsonPath type = GraphQL.post("{ __type(name: \"Person\") { fields { name } } }", Map.of()).statusCode(200)
                .extract().jsonPath();
        assertThat(type.getList("errors")).isNotEmpty();
        assertThat(GraphQL.post("{ me { tenant } }", Map.of()).statusCode(200).extract().jsonPath()
                .getString("data.me.tenant")).as("ordinary queries still run").isEqualTo("acme");

        given().get("/q/graphql-ui").then().statusCode(404);
        given().get("/q/graphql-ui/").then().statusCode(404);
    }
}
