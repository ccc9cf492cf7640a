package io.lushagraph.lookalike.wire;

import static io.lushagraph.WireJson.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.LushaApiException;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.LushaErrorMapper;
import io.lushagraph.upstream.UpstreamErrors;

/**
 * The two 410 bodies of the lookalike endpoints, {@code {code, message}} and {@code {statusCode, errors, message}},
 * both reach the caller as Lusha's message with the code {@code LOOKALIKE_SESSION_EXPIRED}.
 */
class LookalikeErrorShapesTest {

    @ParameterizedTest
    @CsvSource({
            "contact-lookalikes-410.json, CONTACT_LOOKALIKES",
            "company-lookalikes-410.json, COMPANY_LOOKALIKES"
    })
    void readsLushasMessageFromBothExpiredSessionShapes(String fixture, LushaEndpoint endpoint) {
        String body = fixture("lookalike/" + fixture).toString();
        Response response = Response.status(410).type(MediaType.APPLICATION_JSON).entity(body).build();

        LushaApiException failure = new LushaErrorMapper().toThrowable(response);

        assertThat(failure.status()).isEqualTo(410);
        assertThat(failure.getMessage()).startsWith("The provided dedupeSessionId is invalid or expired.");
        assertThat(UpstreamErrors.map(failure, endpoint).code()).isEqualTo(ErrorCode.LOOKALIKE_SESSION_EXPIRED);
    }
}
