package io.lushagraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * An {@link ObjectMapper} configured like Quarkus' default one, and the Lusha JSON fixtures under
 * {@code src/test/resources/lusha}, named by path from there (e.g. {@code catalog/departments.json}).
 */
public final class WireJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    /** A mapper that fails on unknown properties, to show the records ignore them on their own. */
    public static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();

    /** A document made only of properties no wire record knows. */
    public static final String UNKNOWN_ONLY = "{\"unexpected\":{\"nested\":[1]},\"another\":\"x\"}";

    private WireJson() {
    }

    public static <T> T read(String fixture, Class<T> type) {
        try (InputStream in = open(fixture)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String fixture, TypeReference<T> type) {
        try (InputStream in = open(fixture)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode fixture(String fixture) {
        try (InputStream in = open(fixture)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON a value serializes to, parsed back so that it compares with a fixture. */
    public static JsonNode written(Object value) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String fixture) {
        InputStream in = WireJson.class.getResourceAsStream("/lusha/" + fixture);
        if (in == null) {
            throw new IllegalArgumentException("No fixture " + fixture);
        }
        return in;
    }
}
