package io.lushagraph.upstream;

import java.net.ConnectException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Maps whatever an upstream call failed with to the gateway's typed error (the README's error codes): 400/412 are
 * {@code INVALID_INPUT}, 401/403 {@code UPSTREAM_UNAUTHORIZED}, 402 {@code PAYMENT_REQUIRED}, 451
 * {@code GDPR_BLOCKED}, 429 rate-limited or quota-exhausted by Lusha's message, 5xx {@code UPSTREAM_UNAVAILABLE},
 * and an unknown outcome of a credit-spending or state-changing call {@code UPSTREAM_OUTCOME_UNKNOWN} (for a
 * state-changing call that includes every 5xx but 501 and 505, which may all come after the change was made). A 410 from a
 * lookalike or
 * recommendation endpoint is {@code LOOKALIKE_SESSION_EXPIRED} (its session is unknown or expired), elsewhere
 * {@code NOT_FOUND}.
 */
public final class UpstreamErrors {

    private UpstreamErrors() {
    }

    public static GatewayException map(Throwable failure, LushaEndpoint endpoint) {
        if (failure instanceof GatewayException typed) {
            return typed;
        }
        if (failure instanceof LushaApiException api) {
            return fromStatus(api.status(), api.getMessage(), endpoint);
        }
        Throwable root = rootCause(failure);
        if (root instanceof ConnectException) {
            return GatewayException.of(ErrorCode.UPSTREAM_UNAVAILABLE, "Lusha could not be reached");
        }
        boolean unknownOutcome = endpoint.kind() != LushaEndpoint.Kind.FREE;
        String what = root instanceof TimeoutException ? "timed out" : "failed before an answer arrived";
        return unknownOutcome
                ? GatewayException.of(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN,
                        "The call to Lusha " + what + "; it may have been processed")
                : GatewayException.of(ErrorCode.UPSTREAM_UNAVAILABLE, "The call to Lusha " + what);
    }

    /**
     * The gateway's own message for Lusha's answer, naming the status: Lusha's text stays inside the gateway
     * ({@link GatewayException#upstreamMessage()}), as it may echo the key or name other accounts' resources.
     */
    static GatewayException fromStatus(int status, String lushaMessage, LushaEndpoint endpoint) {
        ErrorCode code = switch (status) {
            case 400, 412, 422 -> ErrorCode.INVALID_INPUT;
            case 401, 403 -> ErrorCode.UPSTREAM_UNAUTHORIZED;
            case 402 -> ErrorCode.PAYMENT_REQUIRED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 410 -> endpoint.family() == LushaEndpoint.Family.LOOKALIKES ? ErrorCode.LOOKALIKE_SESSION_EXPIRED
                    : ErrorCode.NOT_FOUND;
            case 451 -> ErrorCode.GDPR_BLOCKED;
            case 429 -> isQuotaExhaustion(lushaMessage) ? ErrorCode.UPSTREAM_QUOTA_EXHAUSTED
                    : ErrorCode.UPSTREAM_RATE_LIMITED;
            case 499, 502, 504 -> endpoint.kind() != LushaEndpoint.Kind.FREE ? ErrorCode.UPSTREAM_OUTCOME_UNKNOWN
                    : ErrorCode.UPSTREAM_UNAVAILABLE;
            case 501, 505 -> ErrorCode.UPSTREAM_UNAVAILABLE;
            default -> status < 500 ? ErrorCode.INVALID_INPUT
                    : endpoint.kind() == LushaEndpoint.Kind.STATE_CHANGING && status < 600 ? ErrorCode.UPSTREAM_OUTCOME_UNKNOWN
                            : ErrorCode.UPSTREAM_UNAVAILABLE;
        };
        String message = switch (code) {
            case INVALID_INPUT -> "Lusha refused the request as invalid";
            case UPSTREAM_UNAUTHORIZED -> "Lusha refused the gateway's credentials for this account";
            case PAYMENT_REQUIRED -> "The Lusha account has no credits left for this call";
            case NOT_FOUND -> "Lusha has no such resource";
            case LOOKALIKE_SESSION_EXPIRED -> "The lookalike requestId is invalid or expired; send the request "
                    + "again without it";
            case GDPR_BLOCKED -> "Lusha withholds this data for data-protection reasons";
            case UPSTREAM_QUOTA_EXHAUSTED -> "The Lusha account's quota is used up";
            case UPSTREAM_RATE_LIMITED -> "Lusha's rate limit was reached; try again later";
            case UPSTREAM_OUTCOME_UNKNOWN -> "Lusha did not confirm the outcome; the call may have been processed";
            default -> "Lusha is unavailable; try again later";
        };
        return GatewayException.of(code, message + " (HTTP " + status + ")", lushaMessage);
    }

    /** Lusha's daily-quota and trial-limit 429s, as opposed to its short-window rate limits. */
    static boolean isQuotaExhaustion(String lushaMessage) {
        String m = lushaMessage == null ? "" : lushaMessage.toLowerCase(Locale.ROOT);
        return m.contains("daily") || m.contains("trial limit") || m.contains("quota");
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
