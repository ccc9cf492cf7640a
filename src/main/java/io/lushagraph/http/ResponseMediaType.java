package io.lushagraph.http;

import java.util.Locale;
import java.util.Optional;

/**
 * The two media types a GraphQL answer is sent as, and the choice between them from a request's {@code Accept}
 * header. With {@code application/json} every answer to a well-formed request is HTTP 200, whatever errors it
 * holds; with {@code application/graphql-response+json} an answer without {@code data} (the document did not
 * parse or validate, a variable did not coerce, the request was refused before it ran) is HTTP 400.
 */
enum ResponseMediaType {

    JSON("application/json"),
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json");

    private final String mediaType;

    ResponseMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The {@code Content-Type} of an answer: always UTF-8. */
    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /**
     * The media type to answer with: the acceptable range with the highest {@code q} (the first one listed among
     * equals), where {@code application/json}, {@code application/*} and {@code *}{@code /*} mean JSON. No header,
     * or an empty one, means JSON. Empty when the client accepts neither type (or only in a charset other than
     * UTF-8).
     */
    static Optional<ResponseMediaType> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        ResponseMediaType best = null;
        double bestWeight = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";", -1);
            ResponseMediaType type = of(parts[0].trim().toLowerCase(Locale.ROOT));
            double weight = 1;
            boolean utf8 = true;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].split("=", 2);
                String name = parameter[0].trim().toLowerCase(Locale.ROOT);
                String value = parameter.length > 1 ? unquote(parameter[1].trim()) : "";
                if (name.equals("q")) {
                    weight = weight(value);
                } else if (name.equals("charset")) {
                    utf8 = value.equalsIgnoreCase("utf-8") || value.equalsIgnoreCase("utf8");
                }
            }
            if (type != null && utf8 && weight > bestWeight) {
                best = type;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    private static ResponseMediaType of(String range) {
        return switch (range) {
            case "application/graphql-response+json" -> GRAPHQL_RESPONSE_JSON;
            case "application/json", "application/*", "*/*" -> JSON;
            default -> null;
        };
    }

    // An unreadable weight counts as 0 (not acceptable) rather than failing the request.
    private static double weight(String value) {
        try {
            double weight = Double.parseDouble(value);
            return weight >= 0 && weight <= 1 ? weight : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
