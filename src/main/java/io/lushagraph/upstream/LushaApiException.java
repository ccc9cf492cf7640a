package io.lushagraph.upstream;

import java.util.Map;

/**
 * A non-2xx answer from Lusha: its status, Lusha's own message (never the key) and the response headers that carry
 * quota state.
 */
public class LushaApiException extends RuntimeException {

    private final int status;
    private final Map<String, String> headers;

    public LushaApiException(int status, String lushaMessage, Map<String, String> headers) {
        super(lushaMessage, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    /** Response headers, names in lower case. */
    public Map<String, String> headers() {
        return headers;
    }
}
