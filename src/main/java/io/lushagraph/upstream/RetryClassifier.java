package io.lushagraph.upstream;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lushagraph.upstream.LushaEndpoint.Kind;

/**
 * The credit-safety core (RELIABILITY U-1 to U-3): one pure function from the kind of a call and how an attempt
 * failed to what may happen next. Only failures known not to have been processed are retried on credit-spending
 * calls; an unknown outcome of a free call may be retried. A call that creates or changes something is retried only
 * when nothing can have been done (no connection, a 429): every 5xx that may come after the work (all but 501 and
 * 505), a timeout or a broken connection is an unknown outcome, for the caller to reconcile by looking at what
 * exists.
 */
public final class RetryClassifier {

    private static final Pattern RESET_IN = Pattern.compile("reset in (\\d{1,9}) seconds?", Pattern.CASE_INSENSITIVE);

    private RetryClassifier() {
    }

    public static RetryDecision classify(Kind kind, UpstreamFailure failure) {
        return switch (failure.transport()) {
            case ANSWERED -> byStatus(kind, failure);
            case CONNECT_FAILED -> RetryDecision.retryNow();
            case READ_TIMEOUT, RESET_AFTER_SEND -> unknownUnlessFree(kind);
            case OTHER -> kind == Kind.FREE ? RetryDecision.fail() : RetryDecision.unknownOutcome();
        };
    }

    private static RetryDecision byStatus(Kind kind, UpstreamFailure failure) {
        int status = failure.status();
        if (status == 429) {
            return tooManyRequests(failure);
        }
        if (status == 500 || status == 503) {
            // Lusha's own failures before processing for reads and credit calls; a change may have been made
            return kind == Kind.STATE_CHANGING ? RetryDecision.unknownOutcome() : RetryDecision.retryNow();
        }
        if (status == 499 || status == 502 || status == 504 || status > 505 && status < 600) {
            return unknownUnlessFree(kind);
        }
        // every other 4xx, 501 and 505 are answers that the same request would get again
        return RetryDecision.fail();
    }

    private static RetryDecision tooManyRequests(UpstreamFailure failure) {
        Optional<Duration> announced = resetInMessage(failure.message());
        if (UpstreamErrors.isQuotaExhaustion(failure.message())) {
            return RetryDecision.fail(announced.orElse(null));
        }
        return announced.or(() -> seconds(failure.headers().get("ratelimit-reset")))
                .or(() -> seconds(failure.headers().get("retry-after")))
                .map(RetryDecision::retryAfter)
                .orElseGet(RetryDecision::retryNow);
    }

    private static RetryDecision unknownUnlessFree(Kind kind) {
        return kind == Kind.FREE ? RetryDecision.retryNow() : RetryDecision.unknownOutcome();
    }

    private static Optional<Duration> resetInMessage(String message) {
        Matcher matcher = RESET_IN.matcher(message);
        return matcher.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }

    private static Optional<Duration> seconds(String header) {
        if (header == null || !header.trim().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
    }
}
