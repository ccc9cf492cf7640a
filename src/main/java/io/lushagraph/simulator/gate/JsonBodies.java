package io.lushagraph.simulator.gate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads request bodies, turning malformed or mistyped JSON into Lusha's 400 validation answer. */
@Singleton
public class JsonBodies {

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw RequestRejected.validation("Request body must be a JSON object");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw RequestRejected.validation("Request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException malformed) {
            throw RequestRejected.validation("Request body must be valid JSON matching the request schema");
        }
    }
}
