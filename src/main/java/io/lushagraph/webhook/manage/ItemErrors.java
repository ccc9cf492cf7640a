package io.lushagraph.webhook.manage;

import io.lushagraph.common.LookupError;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.wire.CreateSubscriptionsRequest;
import io.lushagraph.webhook.wire.SubscriptionBatchResponse;

/** Lusha's per-item errors of bulk create and delete, in the gateway's codes and words (never Lusha's text). */
final class ItemErrors {

    private ItemErrors() {
    }

    /**
     * The error of one item sent, in the gateway's words; a refusal as invalid repeats what the tenant sent of the
     * item (its entity type and signal types), so that the tenant can tell what to change.
     */
    static LookupError of(SubscriptionBatchResponse.ItemError error, CreateSubscriptionsRequest.Item sent) {
        LookupError mapped = of(error);
        if (mapped.code() != ErrorCode.INVALID_INPUT || sent == null) {
            return mapped;
        }
        return new LookupError(mapped.code(), mapped.message() + ": entityType " + sent.entityType()
                + ", signal types " + (sent.signalTypes() == null ? "all" : sent.signalTypes()));
    }

    static LookupError of(SubscriptionBatchResponse.ItemError error) {
        if (error == null) {
            return new LookupError(ErrorCode.UPSTREAM_UNAVAILABLE, "Lusha reported a failure without a reason");
        }
        ErrorCode code = switch (error.code() == null ? "" : error.code()) {
            case "VALIDATION_ERROR", "URL_VALIDATION_FAILED", "WEBHOOK_VERIFICATION_FAILED" -> ErrorCode.INVALID_INPUT;
            case "DUPLICATE_SUBSCRIPTION" -> ErrorCode.DUPLICATE_SUBSCRIPTION;
            case "NOT_FOUND" -> ErrorCode.NOT_FOUND;
            case "FORBIDDEN" -> ErrorCode.UPSTREAM_UNAUTHORIZED;
            default -> ErrorCode.UPSTREAM_UNAVAILABLE;
        };
        String message = switch (code) {
            case INVALID_INPUT -> "Lusha refused this item as invalid";
            case DUPLICATE_SUBSCRIPTION -> "Lusha already has a subscription for this entity";
            case NOT_FOUND -> "Lusha has no such subscription";
            case UPSTREAM_UNAUTHORIZED -> "Lusha refused this change for the account";
            default -> "Lusha could not process this item";
        };
        // Lusha's own text may name other accounts' resources: only its code, when it is one of the known ones.
        return new LookupError(code, code == ErrorCode.UPSTREAM_UNAVAILABLE ? message : message + " (" + error.code() + ")");
    }

    static LookupError missing() {
        return new LookupError(ErrorCode.UPSTREAM_UNAVAILABLE, "Lusha's answer held no result for this item");
    }

    static LookupError of(Throwable failure) {
        return failure instanceof GatewayException typed ? LookupError.of(typed)
                : new LookupError(ErrorCode.UPSTREAM_UNAVAILABLE, "The call to Lusha failed");
    }
}
