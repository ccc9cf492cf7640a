package io.lushagraph.simulator.gate;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Lusha's OpenAPI {@code ErrorResponse}: {@code {statusCode, message, errors?}}, errors only on validation. */
@RegisterForReflection
public record ErrorBody(int statusCode, String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> errors) {

    private static final String SERVER_ERROR = "Internal server error. Please try again later.";

    private static final Map<Integer, String> CANONICAL = Map.of(
            400, "Invalid request parameters",
            401, "Invalid API key",
            403, "Your account is not active. Please reach out to support at support@lusha.com",
            404, "Resource not found",
            412, "Full name must contain a valid first and last name",
            429, "Too many requests. Please wait before making another request.",
            451, "We are unable to process this contact request due to our GDPR regulations",
            500, SERVER_ERROR);

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(status, message, null);
    }

    /** Lusha's documented message for a status; 5xx without one get the 500 message. */
    public static String canonicalMessage(int status) {
        String message = CANONICAL.get(status);
        if (message != null) {
            return message;
        }
        return status >= 500 ? SERVER_ERROR : "Request failed";
    }
}
