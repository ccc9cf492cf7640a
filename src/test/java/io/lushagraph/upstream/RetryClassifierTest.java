package io.lushagraph.upstream;

import static io.lushagraph.upstream.RetryDecision.Action.FAIL;
import static io.lushagraph.upstream.RetryDecision.Action.RETRY_AFTER;
import static io.lushagraph.upstream.RetryDecision.Action.RETRY_NOW;
import static io.lushagraph.upstream.RetryDecision.Action.UNKNOWN_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.lushagraph.upstream.LushaEndpoint.Kind;
import io.lushagraph.upstream.RetryDecision.Action;
import io.lushagraph.upstream.UpstreamFailure.Transport;

/** The retry classification table of RELIABILITY U-1 to U-3, for both kinds of call. */
class RetryClassifierTest {

    private static final String PLEASE_WAIT = "Too many requests. Please wait before making another request.";

    @ParameterizedTest(name = "{0} on a credit call is {1}, on a free call {2}, on a state-changing call {3}")
    @CsvSource(delimiter = '|', value = {
            "400 | FAIL            | FAIL      | FAIL",
            "401 | FAIL            | FAIL      | FAIL",
            "402 | FAIL            | FAIL      | FAIL",
            "403 | FAIL            | FAIL      | FAIL",
            "404 | FAIL            | FAIL      | FAIL",
            "405 | FAIL            | FAIL      | FAIL",
            "408 | FAIL            | FAIL      | FAIL",
            "409 | FAIL            | FAIL      | FAIL",
            "410 | FAIL            | FAIL      | FAIL",
            "412 | FAIL            | FAIL      | FAIL",
            "413 | FAIL            | FAIL      | FAIL",
            "415 | FAIL            | FAIL      | FAIL",
            "422 | FAIL            | FAIL      | FAIL",
            "428 | FAIL            | FAIL      | FAIL",
            "431 | FAIL            | FAIL      | FAIL",
            "451 | FAIL            | FAIL      | FAIL",
            "498 | FAIL            | FAIL      | FAIL",
            "499 | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "500 | RETRY_NOW       | RETRY_NOW | UNKNOWN_OUTCOME",
            "501 | FAIL            | FAIL      | FAIL",
            "502 | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "503 | RETRY_NOW       | RETRY_NOW | UNKNOWN_OUTCOME",
            "504 | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "505 | FAIL            | FAIL      | FAIL",
            "506 | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "507 | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "520 | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "524 | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "599 | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "600 | FAIL            | FAIL      | FAIL",
            "200 | FAIL            | FAIL      | FAIL" })
    void statuses(int status, Action credit, Action free, Action stateChanging) {
        UpstreamFailure failure = UpstreamFailure.answered(status, "Lusha answered " + status, Map.of());

        assertThat(RetryClassifier.classify(Kind.CREDIT, failure).action()).isEqualTo(credit);
        assertThat(RetryClassifier.classify(Kind.FREE, failure).action()).isEqualTo(free);
        assertThat(RetryClassifier.classify(Kind.STATE_CHANGING, failure).action()).isEqualTo(stateChanging);
        assertThat(RetryClassifier.classify(Kind.CREDIT, failure).delay()).isNull();
        assertThat(RetryClassifier.classify(Kind.STATE_CHANGING, failure).delay()).isNull();
    }

    static Stream<Arguments> everyErrorStatusOfEveryKind() {
        return IntStream.rangeClosed(400, 599).boxed()
                .flatMap(status -> Stream.of(Kind.values()).map(kind -> Arguments.of(status, kind)));
    }

    @ParameterizedTest(name = "{0} on a {1} call")
    @MethodSource("everyErrorStatusOfEveryKind")
    void onlyFailuresKnownNotToBeProcessedAreRetriedOnCreditCalls(int status, Kind kind) {
        UpstreamFailure failure = UpstreamFailure.answered(status, "Lusha answered " + status, Map.of());

        RetryDecision decision = RetryClassifier.classify(kind, failure);

        boolean safeForCredit = Set.of(429, 500, 503).contains(status);
        boolean clientError = status < 500 && status != 429 && status != 499;
        if (kind == Kind.CREDIT) {
            assertThat(decision.retries()).isEqualTo(safeForCredit);
        }
        if (clientError) {
            assertThat(decision.action()).isEqualTo(FAIL);
        }
        if (kind == Kind.FREE) {
            assertThat(decision.action()).isNotEqualTo(UNKNOWN_OUTCOME);
        }
        if (kind == Kind.STATE_CHANGING) {
            // only a 429 is known to come before any change; every 5xx that may follow one is never retried
            assertThat(decision.retries()).isEqualTo(status == 429);
            assertThat(decision.action() == UNKNOWN_OUTCOME)
                    .isEqualTo(status == 499 || status >= 500 && status != 501 && status != 505);
        }
        assertThat(decision.retries()).isEqualTo(decision.action() == RETRY_NOW || decision.action() == RETRY_AFTER);
    }

    @ParameterizedTest(name = "429 \"{0}\" with headers {1} is {2} after {3} s")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hourly API rate limit exceeded. Limit: 100 calls per hour. Reset in 1 seconds | -                  | RETRY_AFTER | 1",
            "Minute API rate limit exceeded. Limit: 60 calls per minute. Reset in 42 seconds | ratelimit-reset=3 | RETRY_AFTER | 42",
            "Hourly API rate limit exceeded. Reset in 1 second                             | -                  | RETRY_AFTER | 1",
            "Hourly API rate limit exceeded. RESET IN 7 SECONDS                             | -                  | RETRY_AFTER | 7",
            PLEASE_WAIT
                    + "                                                                 | ratelimit-reset=2  | RETRY_AFTER | 2",
            PLEASE_WAIT
                    + "                                                                 | retry-after=5      | RETRY_AFTER | 5",
            PLEASE_WAIT
                    + "                                                                 | ratelimit-reset=x  | RETRY_NOW   | -",
            PLEASE_WAIT
                    + "                                                                 | retry-after=Wed, 21 Oct 2026 07:28:00 GMT | RETRY_NOW | -",
            PLEASE_WAIT
                    + "                                                                 | -                  | RETRY_NOW   | -",
            "Daily API quota limit exceeded. Limit 1000 calls per day                        | ratelimit-reset=1  | FAIL        | -",
            "Daily API quota limit exceeded. Reset in 3600 seconds                           | -                  | FAIL        | 3600",
            "You've reached your trial limit, please contact support for upgrade            | ratelimit-reset=1  | FAIL        | -" })
    void tooManyRequests(String message, String header, Action expected, Long seconds) {
        Map<String, String> headers = header == null ? Map.of()
                : Map.of(header.substring(0, header.indexOf('=')), header.substring(header.indexOf('=') + 1));
        UpstreamFailure failure = UpstreamFailure.answered(429, message, headers);

        for (Kind kind : Kind.values()) {
            RetryDecision decision = RetryClassifier.classify(kind, failure);
            assertThat(decision.action()).isEqualTo(expected);
            assertThat(decision.delay()).isEqualTo(seconds == null ? null : Duration.ofSeconds(seconds));
        }
    }

    @ParameterizedTest(name = "{0} on a credit call is {1}, on a free call {2}, on a state-changing call {3}")
    @CsvSource(delimiter = '|', value = {
            "CONNECT_FAILED   | RETRY_NOW       | RETRY_NOW | RETRY_NOW",
            "READ_TIMEOUT     | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "RESET_AFTER_SEND | UNKNOWN_OUTCOME | RETRY_NOW | UNKNOWN_OUTCOME",
            "OTHER            | UNKNOWN_OUTCOME | FAIL      | UNKNOWN_OUTCOME" })
    void transportFailures(Transport transport, Action credit, Action free, Action stateChanging) {
        UpstreamFailure failure = UpstreamFailure.transport(transport);

        assertThat(RetryClassifier.classify(Kind.CREDIT, failure).action()).isEqualTo(credit);
        assertThat(RetryClassifier.classify(Kind.FREE, failure).action()).isEqualTo(free);
        assertThat(RetryClassifier.classify(Kind.STATE_CHANGING, failure).action()).isEqualTo(stateChanging);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aMessageOrHeaderNeverMattersOutsideA429(Kind kind) {
        Map<String, String> headers = Map.of("ratelimit-reset", "1", "retry-after", "1");
        UpstreamFailure failure = UpstreamFailure.answered(503, "Daily quota. Reset in 1 seconds", headers);

        assertThat(RetryClassifier.classify(kind, failure)).isEqualTo(kind == Kind.STATE_CHANGING
                ? new RetryDecision(UNKNOWN_OUTCOME, null)
                : new RetryDecision(RETRY_NOW, null));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LushaEndpoint.class)
    void everyCallThatCreatesOrChangesSomethingIsStateChanging(LushaEndpoint endpoint) {
        boolean changes = Set.of(LushaEndpoint.SUBSCRIPTIONS_CREATE, LushaEndpoint.SUBSCRIPTION_UPDATE,
                LushaEndpoint.SUBSCRIPTIONS_DELETE, LushaEndpoint.SUBSCRIPTION_TEST,
                LushaEndpoint.OPT_OUT_SUBSCRIPTION_CREATE, LushaEndpoint.ACCOUNT_SECRET_REGENERATE).contains(endpoint);

        assertThat(endpoint.kind() == Kind.STATE_CHANGING).isEqualTo(changes);
        if (endpoint.method().equals("GET")) {
            assertThat(endpoint.kind()).as("a read is never state-changing").isNotEqualTo(Kind.STATE_CHANGING);
        }
    }
}
