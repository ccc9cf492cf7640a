package io.lushagraph.upstream;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * How one attempt of a Lusha call failed, as the {@link RetryClassifier} needs it: Lusha's answer (status, message,
 * lower-case headers), or the transport failure that left no answer.
 *
 * @param transport {@link Transport#ANSWERED} when Lusha answered with {@code status}
 */
public record UpstreamFailure(Transport transport, int status, String message, Map<String, String> headers) {

    /** What happened on the wire. */
    public enum Transport {
        /** Lusha answered with an error status. */
        ANSWERED,
        /** No connection was made (refused, unknown host, connect timeout): the request was never sent. */
        CONNECT_FAILED,
        /** The request was sent and no answer came in time. */
        READ_TIMEOUT,
        /** The connection broke once the request may have been sent. */
        RESET_AFTER_SEND,
        /** Anything else, for example an answer that could not be read. */
        OTHER
    }

    public UpstreamFailure {
        message = message == null ? "" : message;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** An error answer from Lusha. */
    public static UpstreamFailure answered(int status, String message, Map<String, String> headers) {
        return new UpstreamFailure(Transport.ANSWERED, status, message, headers);
    }

    /** A failure without an answer. */
    public static UpstreamFailure transport(Transport transport) {
        return new UpstreamFailure(transport, 0, "", Map.of());
    }

    /** Reads an attempt's failure, looking through its causes for the transport failure. */
    public static UpstreamFailure of(Throwable failure) {
        if (failure instanceof LushaApiException api) {
            return answered(api.status(), api.getMessage(), api.headers());
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Transport transport = transportOf(t);
            if (transport != Transport.OTHER) {
                return transport(transport);
            }
        }
        return transport(Transport.OTHER);
    }

    private static Transport transportOf(Throwable t) {
        if (t instanceof ConnectException || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException) {
            return Transport.CONNECT_FAILED;
        }
        if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
            return Transport.READ_TIMEOUT;
        }
        if (t instanceof IOException || t.getClass().getName().equals("io.vertx.core.http.HttpClosedException")) {
            return Transport.RESET_AFTER_SEND;
        }
        return Transport.OTHER;
    }
}
