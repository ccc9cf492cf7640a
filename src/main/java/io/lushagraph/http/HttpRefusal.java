package io.lushagraph.http;

/**
 * A request to {@code /graphql} that cannot run at all (wrong method, media type or request shape), answered with
 * an HTTP error status and a GraphQL error {@code BAD_REQUEST} before GraphQL runs anything. It carries no stack
 * trace: it is an answer, not a failure of the gateway.
 */
final class HttpRefusal extends RuntimeException {

    /** The {@code extensions.code} of every refusal. */
    static final String CODE = "BAD_REQUEST";

    private final int status;
    private final String allow;

    private HttpRefusal(int status, String message, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.allow = allow;
    }

    /** 400: the request is malformed (body, JSON, parameters). */
    static HttpRefusal badRequest(String message) {
        return new HttpRefusal(400, message, null);
    }

    /** 405 with the methods the request could have used in {@code Allow}. */
    static HttpRefusal methodNotAllowed(String message, String allow) {
        return new HttpRefusal(405, message, allow);
    }

    /** 406: the client accepts none of the media types the gateway answers with. */
    static HttpRefusal notAcceptable(String message) {
        return new HttpRefusal(406, message, null);
    }

    /** 415: a POST whose body is not UTF-8 JSON. */
    static HttpRefusal unsupportedMediaType(String message) {
        return new HttpRefusal(415, message, null);
    }

    int status() {
        return status;
    }

    /** The {@code Allow} header of a 405, or null. */
    String allow() {
        return allow;
    }
}
