package io.lushagraph.upstream;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A failure a client should see with a stable {@code extensions.code}. Checked, so that SmallRye GraphQL shows its
 * message; one subclass per code because SmallRye reads the code from the class. Messages never hold keys or PII.
 */
public abstract class GatewayException extends Exception {

    private String upstreamMessage;

    protected GatewayException(String message) {
        super(message, null, false, false);
    }

    /**
     * Lusha's own error text behind this failure, for the gateway's decisions only (which ids a refusal names,
     * whether a subscription already exists); never shown to a client, as Lusha may echo the key. Null when the
     * failure did not come from an answer of Lusha's.
     */
    public String upstreamMessage() {
        return upstreamMessage;
    }

    /** The code clients match on, as the subclass declares it for SmallRye. */
    public io.lushagraph.upstream.ErrorCode code() {
        return io.lushagraph.upstream.ErrorCode.valueOf(getClass().getAnnotation(ErrorCode.class).value());
    }

    /** Builds the exception for a code, with the gateway's own message and Lusha's text kept apart. */
    public static GatewayException of(io.lushagraph.upstream.ErrorCode code, String message, String upstreamMessage) {
        GatewayException exception = of(code, message);
        exception.upstreamMessage = upstreamMessage;
        return exception;
    }

    /** Builds the exception for a code. */
    public static GatewayException of(io.lushagraph.upstream.ErrorCode code, String message) {
        return switch (code) {
            case INVALID_INPUT -> new InvalidInput(message);
            case NOT_FOUND -> new NotFound(message);
            case UPSTREAM_UNAUTHORIZED -> new UpstreamUnauthorized(message);
            case PAYMENT_REQUIRED -> new PaymentRequired(message);
            case GDPR_BLOCKED -> new GdprBlocked(message);
            case UPSTREAM_RATE_LIMITED -> new UpstreamRateLimited(message);
            case UPSTREAM_QUOTA_EXHAUSTED -> new UpstreamQuotaExhausted(message);
            case UPSTREAM_UNAVAILABLE -> new UpstreamUnavailable(message);
            case UPSTREAM_OUTCOME_UNKNOWN -> new UpstreamOutcomeUnknown(message);
            case LOOKALIKE_SESSION_EXPIRED -> new LookalikeSessionExpired(message);
            case DUPLICATE_SUBSCRIPTION -> new DuplicateSubscription(message);
            case STORE_UNAVAILABLE -> new StoreUnavailable(message);
            case FORBIDDEN -> new Forbidden(message);
            case CREDIT_BUDGET_EXCEEDED -> new CreditBudgetExceeded(message);
        };
    }

    @ErrorCode("INVALID_INPUT")
    public static final class InvalidInput extends GatewayException {
        public InvalidInput(String message) {
            super(message);
        }
    }

    @ErrorCode("NOT_FOUND")
    public static final class NotFound extends GatewayException {
        public NotFound(String message) {
            super(message);
        }
    }

    @ErrorCode("UPSTREAM_UNAUTHORIZED")
    public static final class UpstreamUnauthorized extends GatewayException {
        public UpstreamUnauthorized(String message) {
            super(message);
        }
    }

    @ErrorCode("PAYMENT_REQUIRED")
    public static final class PaymentRequired extends GatewayException {
        public PaymentRequired(String message) {
            super(message);
        }
    }

    @ErrorCode("GDPR_BLOCKED")
    public static final class GdprBlocked extends GatewayException {
        public GdprBlocked(String message) {
            super(message);
        }
    }

    @ErrorCode("UPSTREAM_RATE_LIMITED")
    public static final class UpstreamRateLimited extends GatewayException {
        public UpstreamRateLimited(String message) {
            super(message);
        }
    }

    @ErrorCode("UPSTREAM_QUOTA_EXHAUSTED")
    public static final class UpstreamQuotaExhausted extends GatewayException {
        public UpstreamQuotaExhausted(String message) {
            super(message);
        }
    }

    @ErrorCode("UPSTREAM_UNAVAILABLE")
    public static final class UpstreamUnavailable extends GatewayException {
        public UpstreamUnavailable(String message) {
            super(message);
        }
    }

    @ErrorCode("UPSTREAM_OUTCOME_UNKNOWN")
    public static final class UpstreamOutcomeUnknown extends GatewayException {
        public UpstreamOutcomeUnknown(String message) {
            super(message);
        }
    }

    @ErrorCode("LOOKALIKE_SESSION_EXPIRED")
    public static final class LookalikeSessionExpired extends GatewayException {
        public LookalikeSessionExpired(String message) {
            super(message);
        }
    }

    @ErrorCode("DUPLICATE_SUBSCRIPTION")
    public static final class DuplicateSubscription extends GatewayException {
        public DuplicateSubscription(String message) {
            super(message);
        }
    }

    @ErrorCode("STORE_UNAVAILABLE")
    public static final class StoreUnavailable extends GatewayException {
        public StoreUnavailable(String message) {
            super(message);
        }
    }

    @ErrorCode("FORBIDDEN")
    public static final class Forbidden extends GatewayException {
        public Forbidden(String message) {
            super(message);
        }
    }

    @ErrorCode("CREDIT_BUDGET_EXCEEDED")
    public static final class CreditBudgetExceeded extends GatewayException {
        public CreditBudgetExceeded(String message) {
            super(message);
        }
    }
}
