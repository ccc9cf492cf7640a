package io.lushagraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed SDL in {@code graphql-schema/schema.graphql} is the API's contract: this fails when the live schema
 * drifts from it. Run with {@code -Dschema.update=true} to rewrite the file after an intended change.
 */
@QuarkusTest
class SchemaContractTest {

    private static final Path COMMITTED = Path.of("graphql-schema", "schema.graphql");

    @Test
    void liveSchemaEqualsTheCommittedOne() throws Exception {
        String live = given().when().get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(COMMITTED, live, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as("graphql-schema/schema.graphql is committed").isTrue();
        assertThat(live)
                .as("the live schema differs from graphql-schema/schema.graphql; rerun with -Dschema.update=true "
                        + "after an intended change and commit the file")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    @Test
    void everyTypeFieldAndArgumentIsDescribed() {
        String live = given().when().get("/graphql/schema.graphql").then().extract().asString();
        String[] lines = live.split("\n");
        java.util.List<String> undescribed = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean definition = line.matches("^(type|input|enum|interface|union|scalar) \\w+.*")
                    && !line.startsWith("type Query") && !line.startsWith("type Mutation")
                    && !line.startsWith("type Subscription") && !line.startsWith("scalar ");
            boolean member = line.matches("^  +\\w+.*") && !line.trim().startsWith("\"");
            if ((definition || member) && (i == 0 || !lines[i - 1].trim().endsWith("\""))) {
                undescribed.add(line.trim());
            }
        }
        assertThat(undescribed).as("schema elements without a description").isEmpty();
    }
}
