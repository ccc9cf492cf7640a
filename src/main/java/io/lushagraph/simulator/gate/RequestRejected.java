package io.lushagraph.simulator.gate;

import java.util.List;

/** Thrown by a handler to answer with an error instead of data, e.g. a validation failure. */
public class RequestRejected extends RuntimeException {

    private final transient SimReply reply;

    public RequestRejected(SimReply reply) {
        super(null, null, false, false);
        this.reply = reply;
    }

    public static RequestRejected validation(List<String> errors) {
        return new RequestRejected(SimReply.validation(errors));
    }

    public static RequestRejected validation(String error) {
        return validation(List.of(error));
    }

    public SimReply reply() {
        return reply;
    }
}
