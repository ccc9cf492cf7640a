package io.lushagraph.simulator.gate;

import java.util.List;
import java.util.Map;

/** What a simulated endpoint answers: a status, a JSON body and any extra headers. */
public record SimReply(int status, Object body, Map<String, String> headers) {

    public static SimReply ok(Object body) {
        return new SimReply(200, body, Map.of());
    }

    public static SimReply error(int status, String message) {
        return new SimReply(status, ErrorBody.of(status, message), Map.of());
    }

    /** A 400 in Lusha's validation shape: {@code message: "Validation failed"} and the problems in {@code errors}. */
    public static SimReply validation(List<String> errors) {
        return new SimReply(400, new ErrorBody(400, "Validation failed", List.copyOf(errors)), Map.of());
    }
}
