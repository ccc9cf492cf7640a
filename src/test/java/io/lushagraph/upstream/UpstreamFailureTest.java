package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.lushagraph.upstream.UpstreamFailure.Transport;
import io.vertx.core.http.HttpClosedException;

/** How the exceptions a Lusha call fails with are read for the classifier. */
class UpstreamFailureTest {

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of(new ProcessingException(new ConnectException("Connection refused")),
                        Transport.CONNECT_FAILED),
                Arguments.of(new UnknownHostException("api.lusha.invalid"), Transport.CONNECT_FAILED),
                Arguments.of(new RuntimeException(new NoRouteToHostException()), Transport.CONNECT_FAILED),
                Arguments.of(new TimeoutException("no answer"), Transport.READ_TIMEOUT),
                Arguments.of(new ProcessingException(new SocketTimeoutException("read")), Transport.READ_TIMEOUT),
                Arguments.of(new ProcessingException(new IOException("Connection reset by peer")),
                        Transport.RESET_AFTER_SEND),
                Arguments.of(new ProcessingException(new HttpClosedException("Connection was closed")),
                        Transport.RESET_AFTER_SEND),
                Arguments.of(new IllegalStateException("could not read the answer"), Transport.OTHER),
                Arguments.of(GatewayException.of(ErrorCode.UPSTREAM_RATE_LIMITED, "no turn"), Transport.OTHER));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("exceptions")
    void readsTheTransportFailureFromTheCauses(Throwable failure, Transport expected) {
        assertThat(UpstreamFailure.of(failure).transport()).isEqualTo(expected);
    }

    @Test
    void anAnswerKeepsItsStatusMessageAndHeaders() {
        UpstreamFailure failure = UpstreamFailure.of(new LushaApiException(429, "Slow down", Map.of("a", "b")));

        assertThat(failure).isEqualTo(new UpstreamFailure(Transport.ANSWERED, 429, "Slow down", Map.of("a", "b")));
    }

    @Test
    void aMissingMessageOrHeadersAreEmpty() {
        UpstreamFailure failure = new UpstreamFailure(Transport.ANSWERED, 500, null, null);

        assertThat(failure.message()).isEmpty();
        assertThat(failure.headers()).isEmpty();
    }
}
