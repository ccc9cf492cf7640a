package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UpstreamErrorsTest {

    @ParameterizedTest(name = "{0} on a credit call is {2}")
    @CsvSource(delimiter = '|', value = {
            "400 | Invalid request parameters | INVALID_INPUT",
            "412 | Full name must contain a valid first and last name | INVALID_INPUT",
            "401 | Invalid API key | UPSTREAM_UNAUTHORIZED",
            "403 | Your account is not active | UPSTREAM_UNAUTHORIZED",
            "402 | Insufficient credits | PAYMENT_REQUIRED",
            "404 | Resource not found | NOT_FOUND",
            "451 | GDPR | GDPR_BLOCKED",
            "429 | Too many requests. Please wait before making another request. | UPSTREAM_RATE_LIMITED",
            "429 | Hourly API rate limit exceeded. Limit: 100 calls per hour. Reset in 3 seconds | UPSTREAM_RATE_LIMITED",
            "429 | Daily API quota limit exceeded. Limit 1000 calls per day | UPSTREAM_QUOTA_EXHAUSTED",
            "429 | You've reached your trial limit, please contact support for upgrade | UPSTREAM_QUOTA_EXHAUSTED",
            "500 | Internal server error | UPSTREAM_UNAVAILABLE",
            "503 | Unavailable | UPSTREAM_UNAVAILABLE",
            "502 | Bad gateway | UPSTREAM_OUTCOME_UNKNOWN",
            "504 | Gateway timeout | UPSTREAM_OUTCOME_UNKNOWN",
            "499 | Client closed request | UPSTREAM_OUTCOME_UNKNOWN" })
    void statusesMapToCodes(int status, String message, ErrorCode code) {
        GatewayException mapped = UpstreamErrors.map(new LushaApiException(status, message, Map.of()),
                LushaEndpoint.PERSON_BULK);
        assertThat(mapped.code()).isEqualTo(code);
        assertThat(mapped.getMessage()).contains(Integer.toString(status)).doesNotContain(message);
        assertThat(mapped.upstreamMessage()).isEqualTo(message);
    }

    @Test
    void lushasTextNeverReachesTheMessage() {
        GatewayException mapped = UpstreamErrors.map(
                new LushaApiException(403, "api_key sim-key is not valid", Map.of()), LushaEndpoint.PERSON_BULK);
        assertThat(mapped.getMessage())
                .isEqualTo("Lusha refused the gateway's credentials for this account (HTTP 403)");
        assertThat(mapped.upstreamMessage()).isEqualTo("api_key sim-key is not valid");
    }

    @ParameterizedTest(name = "410 from {0} is an expired lookalike session")
    @EnumSource(value = LushaEndpoint.class, names = { "CONTACT_RECOMMENDATIONS", "COMPANY_RECOMMENDATIONS",
            "CONTACT_LOOKALIKES", "COMPANY_LOOKALIKES" })
    void aGoneLookalikeSessionIsExpired(LushaEndpoint endpoint) {
        GatewayException mapped = UpstreamErrors.map(
                new LushaApiException(410, "The provided dedupeSessionId is invalid or expired.", Map.of()), endpoint);

        assertThat(mapped.code()).isEqualTo(ErrorCode.LOOKALIKE_SESSION_EXPIRED);
        assertThat(mapped).isInstanceOf(GatewayException.LookalikeSessionExpired.class);
        assertThat(mapped.getMessage()).contains("410").contains("invalid or expired");
    }

    @ParameterizedTest(name = "410 from {0} is not found")
    @EnumSource(value = LushaEndpoint.class, names = { "PERSON_BULK", "SUBSCRIPTION_GET", "CONTACT_ENRICH" })
    void aGoneResourceElsewhereIsNotFound(LushaEndpoint endpoint) {
        assertThat(UpstreamErrors.map(new LushaApiException(410, "Gone", Map.of()), endpoint).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void aNotFoundLookalikeEndpointIsStillNotFound() {
        assertThat(UpstreamErrors.map(new LushaApiException(404, "Resource not found", Map.of()),
                LushaEndpoint.COMPANY_LOOKALIKES).code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void anUnknownOutcomeOfAFreeCallIsJustUnavailable() {
        assertThat(UpstreamErrors.map(new LushaApiException(504, "timeout", Map.of()), LushaEndpoint.ACCOUNT_USAGE)
                .code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(UpstreamErrors.map(new RuntimeException(new TimeoutException()), LushaEndpoint.ACCOUNT_USAGE)
                .code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void aTimeoutOnACreditCallIsAnUnknownOutcome() {
        assertThat(UpstreamErrors.map(new RuntimeException(new TimeoutException()), LushaEndpoint.PERSON_BULK)
                .code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
    }

    @ParameterizedTest(name = "{0} on a call that changes something is {1}")
    @CsvSource(delimiter = '|', value = {
            "500 | UPSTREAM_OUTCOME_UNKNOWN",
            "502 | UPSTREAM_OUTCOME_UNKNOWN",
            "503 | UPSTREAM_OUTCOME_UNKNOWN",
            "504 | UPSTREAM_OUTCOME_UNKNOWN",
            "499 | UPSTREAM_OUTCOME_UNKNOWN",
            "599 | UPSTREAM_OUTCOME_UNKNOWN",
            "501 | UPSTREAM_UNAVAILABLE",
            "505 | UPSTREAM_UNAVAILABLE",
            "600 | UPSTREAM_UNAVAILABLE",
            "400 | INVALID_INPUT",
            "429 | UPSTREAM_RATE_LIMITED" })
    void aFailureThatMayFollowAChangeIsAnUnknownOutcome(int status, ErrorCode code) {
        for (LushaEndpoint endpoint : LushaEndpoint.values()) {
            if (endpoint.kind() == LushaEndpoint.Kind.STATE_CHANGING) {
                assertThat(UpstreamErrors.map(new LushaApiException(status, "failed", Map.of()), endpoint).code())
                        .as(endpoint.key()).isEqualTo(code);
            }
        }
        assertThat(UpstreamErrors.map(new RuntimeException(new TimeoutException()),
                LushaEndpoint.SUBSCRIPTIONS_CREATE).code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
        assertThat(UpstreamErrors.map(new RuntimeException(new ConnectException("refused")),
                LushaEndpoint.SUBSCRIPTIONS_CREATE).code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void aRefusedConnectionIsUnavailableWhateverTheCall() {
        assertThat(UpstreamErrors.map(new RuntimeException(new ConnectException("refused")), LushaEndpoint.PERSON_BULK)
                .code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"statusCode\":400,\"message\":\"Validation failed\",\"errors\":[\"x\"]} | Validation failed",
            "{\"error\":{\"code\":402,\"message\":\"Insufficient credits\"}} | Insufficient credits",
            "{\"code\":\"DEDUPE_SESSION_INVALID\",\"message\":\"expired\"} | expired",
            "{\"statusCode\":400,\"message\":[\"a must be set\",\"b too long\"],\"error\":\"Bad Request\"} | a must be set; b too long",
            "not json | Lusha answered HTTP 418",
            "{} | Lusha answered HTTP 418" })
    void everyLushaErrorShapeYieldsItsMessage(String body, String expected) {
        assertThat(LushaErrorMapper.messageOf(body, 418)).isEqualTo(expected);
    }
}
