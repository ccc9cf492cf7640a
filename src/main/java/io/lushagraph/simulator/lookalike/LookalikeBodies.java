package io.lushagraph.simulator.lookalike;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;

/**
 * Reads the lookalike request bodies: leniently like every other endpoint, or strictly where Lusha's schema allows no
 * other properties, rejecting an unknown one as Lusha does ({@code property x should not exist}).
 */
@Singleton
public class LookalikeBodies {

    private final JsonBodies lenient;
    private final ObjectMapper mapper;

    public LookalikeBodies(JsonBodies lenient, ObjectMapper mapper) {
        this.lenient = lenient;
        this.mapper = mapper;
    }

    <T> T read(String body, Class<T> type) {
        return lenient.read(body, type);
    }

    <T> T readStrictly(String body, Class<T> type) {
        lenient.read(body, type);
        try {
            return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (UnrecognizedPropertyException unknown) {
            throw RequestRejected.validation("property " + path(unknown) + " should not exist");
        } catch (JsonProcessingException malformed) {
            throw RequestRejected.validation("Request body must be valid JSON matching the request schema");
        }
    }

    private static String path(UnrecognizedPropertyException unknown) {
        StringBuilder path = new StringBuilder();
        for (var reference : unknown.getPath()) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return path.toString();
    }
}
