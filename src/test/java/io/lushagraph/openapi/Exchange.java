package io.lushagraph.openapi;

import java.util.List;
import java.util.Map;

/**
 * One call to Lusha as it went over the wire: the request the gateway sent and, when one came back, the answer.
 * {@code path} is the path on Lusha's host (the simulator's {@code /lusha-sim} mount already removed);
 * {@code status} is 0 while no answer is known.
 */
public record Exchange(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
        String requestContentType, String requestBody, int status, String responseContentType,
        String responseBody) {

    /** The simulator's mount on the gateway's own server, as {@code lusha.base-url} names it in the test profile. */
    public static final String SIMULATOR_MOUNT = "/lusha-sim";

    /** {@code METHOD /path}, the way Lusha's documentation and the simulator's stats name an endpoint. */
    public String endpoint() {
        return method + " " + path;
    }

    /** Whether an answer is part of this exchange. */
    public boolean answered() {
        return status > 0;
    }

    /** A request to validate on its own, before (or without) its answer. */
    public static Exchange request(String method, String path, Map<String, List<String>> query,
            Map<String, List<String>> headers, String contentType, String body) {
        return new Exchange(method, path, query, headers, contentType, body, 0, null, null);
    }

    /** The same exchange with its answer. */
    public Exchange answeredWith(int status, String contentType, String body) {
        return new Exchange(method, path, query, headers, requestContentType, requestBody, status, contentType, body);
    }

    /**
     * The path on Lusha's host for a path on the gateway's server, or null when the path is not the simulator's
     * (a test's own stand-in upstream, say).
     */
    public static String lushaPath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(SIMULATOR_MOUNT + "/")) {
            return null;
        }
        return rawPath.substring(SIMULATOR_MOUNT.length());
    }
}
