package io.lushagraph.tenant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Outside dev, /graphql needs a configured tenant key; the tenant comes only from that key. */
@QuarkusTest
class TenantAuthTest {

    @BeforeEach
    void reset() {
        Simulator.reset();
    }

    @Test
    void noCredentialIs401() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ me { tenant } }"))
                .when().post("/graphql")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer realm=\"lusha-graph\"");
    }

    @Test
    void anUnknownKeyIs401AndMakesNoUpstreamCall() {
        GraphQL.post("not-a-tenant-key", "{ person(lookup: {id: \"1\"}) { id } }", Map.of()).statusCode(401);
        assertThat(Simulator.requests()).isEmpty();
    }

    @Test
    void aMalformedAuthorizationHeaderIs401() {
        given().header("Authorization", "Basic YWNtZTpwYXNz").contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { tenant } }"))
                .when().post("/graphql").then().statusCode(401);
    }

    @Test
    void theTenantComesFromTheKey() {
        assertThat(GraphQL.post(GraphQL.ACME_KEY, "{ me { tenant } }", Map.of()).statusCode(200)
                .extract().jsonPath().getString("data.me.tenant")).isEqualTo("acme");
        assertThat(given().header("Authorization", "Bearer " + GraphQL.GLOBEX_KEY).header("X-Tenant-Id", "acme")
                .contentType(ContentType.JSON).body(Map.of("query", "{ me { tenant } }"))
                .when().post("/graphql").then().statusCode(200)
                .extract().jsonPath().getString("data.me.tenant")).isEqualTo("globex");
    }

    @Test
    void theSchemaDocumentIsPublic() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200);
    }
}
