package io.lushagraph.http;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/**
 * One GraphQL-over-HTTP request, read from a POST body ({@code application/json}) or from GET query parameters, and
 * checked for shape before anything runs: {@code query} a string, {@code operationName} a string or null,
 * {@code variables} and {@code extensions} JSON objects or null. Anything else is a {@link HttpRefusal} (400 or
 * 415), never an exception from deeper down.
 */
record GraphQLHttpRequest(String query, String operationName, JsonObject variables, JsonObject extensions) {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    /** Reads a POST: a UTF-8 JSON object (one operation; a JSON array of operations is refused). */
    static GraphQLHttpRequest fromPost(String contentType, Buffer body) {
        requireJson(contentType);
        if (body == null || body.length() == 0) {
            throw HttpRefusal.badRequest("The request has no body; send a JSON object with a \"query\"");
        }
        JsonValue value = parse(body.toString(StandardCharsets.UTF_8), "The request body is not valid JSON");
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            throw HttpRefusal.badRequest("A JSON array of operations is not supported; send one operation per request");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw HttpRefusal.badRequest("The request body must be a JSON object with a \"query\"");
        }
        JsonObject request = value.asJsonObject();
        return new GraphQLHttpRequest(query(request.get("query")), string(request.get("operationName"), "operationName"),
                object(request.get("variables"), "variables"), object(request.get("extensions"), "extensions"));
    }

    /** Reads a GET: {@code query}, {@code operationName}, and {@code variables} and {@code extensions} as JSON text. */
    static GraphQLHttpRequest fromGet(MultiMap parameters) {
        String query = single(parameters, "query");
        if (query == null) {
            throw HttpRefusal.badRequest("The request has no \"query\" parameter");
        }
        String operationName = single(parameters, "operationName");
        return new GraphQLHttpRequest(query, operationName == null || operationName.isEmpty() ? null : operationName,
                jsonParameter(parameters, "variables"), jsonParameter(parameters, "extensions"));
    }

    /**
     * The kind of operation the request would run ({@code query}, {@code mutation}, {@code subscription}), when the
     * document parses and names one operation; empty otherwise, and execution then reports the problem as GraphQL
     * errors. Parsed with the same limits as execution.
     */
    Optional<OperationDefinition.Operation> operationKind() {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            return operations.size() == 1 ? Optional.of(operations.get(0).getOperation()) : Optional.empty();
        }
        return operations.stream().filter(operation -> operationName.equals(operation.getName())).findFirst()
                .map(OperationDefinition::getOperation);
    }

    /** The request as SmallRye GraphQL's execution service takes it, without the members that are null. */
    JsonObject toJson() {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder().add("query", query);
        if (operationName != null) {
            json.add("operationName", operationName);
        }
        if (variables != null) {
            json.add("variables", variables);
        }
        if (extensions != null) {
            json.add("extensions", extensions);
        }
        return json.build();
    }

    /** Whether a POST of this {@code Content-Type} has a body worth reading: JSON in UTF-8. */
    static boolean isJson(String contentType) {
        try {
            requireJson(contentType);
            return true;
        } catch (HttpRefusal refusal) {
            return false;
        }
    }

    // application/json, in UTF-8 when a charset is named at all.
    private static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw HttpRefusal.unsupportedMediaType("A POST needs Content-Type: application/json");
        }
        String[] parts = contentType.split(";", -1);
        if (!parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
            throw HttpRefusal.unsupportedMediaType("The body must be JSON, sent with Content-Type: application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length > 1
                    && !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                throw HttpRefusal.unsupportedMediaType("The body must be encoded in UTF-8");
            }
        }
    }

    private static JsonValue parse(String text, String problem) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            // JsonException for malformed text; Parsson's nesting limit (1000) throws a plain RuntimeException.
            throw HttpRefusal.badRequest(problem);
        }
    }

    private static String query(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw HttpRefusal.badRequest("The request has no \"query\"");
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw HttpRefusal.badRequest("\"query\" must be a string holding a GraphQL document");
        }
        return ((JsonString) value).getString();
    }

    private static String string(JsonValue value, String name) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw HttpRefusal.badRequest("\"" + name + "\" must be a string or null");
        }
        return ((JsonString) value).getString();
    }

    private static JsonObject object(JsonValue value, String name) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw HttpRefusal.badRequest("\"" + name + "\" must be a JSON object or null");
        }
        return value.asJsonObject();
    }

    private static String single(MultiMap parameters, String name) {
        List<String> values = parameters.getAll(name);
        if (values.size() > 1) {
            throw HttpRefusal.badRequest("The \"" + name + "\" parameter is given more than once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static JsonObject jsonParameter(MultiMap parameters, String name) {
        String text = single(parameters, name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        return object(parse(text, "\"" + name + "\" must be a JSON object"), name);
    }
}
