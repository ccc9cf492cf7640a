package io.lushagraph.openapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

/**
 * Test-only: records every call the gateway's Lusha REST clients make to the embedded simulator (method, path,
 * query, headers, body as serialised, and the answer's status, content type and body) and hands it to the
 * {@link ConformanceLedger} for validation against Lusha's OpenAPI. Calls to any other upstream pass unrecorded.
 * The answer's body is read and put back, so the client sees it unchanged. The request body is the entity as the
 * client's Jackson mapper writes it. A call that gets no answer (a dropped connection, a timeout) is not validated.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class ExchangeRecorder implements ClientRequestFilter, ClientResponseFilter {

    private static final String PENDING = ExchangeRecorder.class.getName() + ".exchange";

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        URI uri = request.getUri();
        String path = Exchange.lushaPath(uri.getRawPath());
        if (path == null) {
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getStringHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        MediaType type = request.getMediaType();
        String body = null;
        if (request.hasEntity()) {
            Object entity = request.getEntity();
            body = entity instanceof String text ? text : json().writeValueAsString(entity);
        }
        request.setProperty(PENDING, Exchange.request(request.getMethod(), path, query(uri.getRawQuery()), headers,
                type == null ? (body == null ? null : MediaType.APPLICATION_JSON) : type.toString(), body));
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        if (!(request.getProperty(PENDING) instanceof Exchange exchange)) {
            return;
        }
        String body = null;
        if (response.hasEntity()) {
            try (InputStream in = response.getEntityStream()) {
                byte[] bytes = in.readAllBytes();
                body = new String(bytes, StandardCharsets.UTF_8);
                response.setEntityStream(new ByteArrayInputStream(bytes));
            }
        }
        MediaType type = response.getMediaType();
        ConformanceLedger.submit(exchange.answeredWith(response.getStatus(), type == null ? null : type.toString(),
                body));
    }

    private static ObjectMapper json() {
        return Arc.container().instance(ObjectMapper.class).get();
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
