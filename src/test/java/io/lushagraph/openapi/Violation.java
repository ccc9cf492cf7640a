package io.lushagraph.openapi;

/**
 * One way an exchange departs from Lusha's published OpenAPI document: which endpoint, whether the request or the
 * answer, the validator's message key (e.g. {@code validation.response.body.schema.type}), the JSON pointer into the
 * body where it applies ("" otherwise), the answer's status for answers, and the validator's message.
 */
public record Violation(String endpoint, String side, String document, String key, String pointer, int status,
        String message) {

    public static final String REQUEST = "request";
    public static final String RESPONSE = "response";

    /** One line for a report: enough to find the exchange and the part of the document it breaks. */
    public String describe() {
        return endpoint + " " + side + (status > 0 ? " " + status : "") + " [" + document + "] " + key
                + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message;
    }

    /** The same violation with pointers' array indexes folded, so that a report names each kind once. */
    public String kind() {
        return endpoint + " " + side + " " + key + " " + pointer.replaceAll("/\\d+(?=/|$)", "/*") + " "
                + message.replaceAll("\\d+", "#");
    }
}
