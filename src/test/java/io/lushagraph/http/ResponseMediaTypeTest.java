package io.lushagraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answer's media type from {@code Accept}, as the GraphQL-over-HTTP specification and clients use it. */
class ResponseMediaTypeTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "NONE                                                                | JSON",
            "''                                                                  | JSON",
            "*/*                                                                 | JSON",
            "application/*                                                       | JSON",
            "application/json                                                    | JSON",
            "APPLICATION/JSON; charset=UTF-8                                     | JSON",
            "application/graphql-response+json                                   | GRAPHQL_RESPONSE_JSON",
            "application/graphql-response+json, application/json;q=0.9           | GRAPHQL_RESPONSE_JSON",
            "application/json;q=0.9, application/graphql-response+json           | GRAPHQL_RESPONSE_JSON",
            "application/json, application/graphql-response+json                 | JSON",
            "text/html, application/xhtml+xml, */*;q=0.8                         | JSON",
            "*/*;q=0.1, application/graphql-response+json;q=0.5                  | GRAPHQL_RESPONSE_JSON",
            "application/graphql-response+json;q=0, application/json;q=0.2       | JSON",
            "application/graphql-response+json;charset=utf-16, application/json  | JSON",
            "text/html                                                           | NOT_ACCEPTABLE",
            "application/json;q=0                                                | NOT_ACCEPTABLE",
            "application/json;q=abc                                              | NOT_ACCEPTABLE",
            "application/json; charset=iso-8859-1                                | NOT_ACCEPTABLE",
    })
    void negotiates(String accept, String expected) {
        Optional<ResponseMediaType> negotiated = ResponseMediaType.negotiate(accept);

        assertThat(negotiated.map(Enum::name).orElse("NOT_ACCEPTABLE")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "JSON, application/json; charset=utf-8",
            "GRAPHQL_RESPONSE_JSON, application/graphql-response+json; charset=utf-8" })
    void answersAreUtf8(ResponseMediaType type, String contentType) {
        assertThat(type.contentType()).isEqualTo(contentType);
    }
}
