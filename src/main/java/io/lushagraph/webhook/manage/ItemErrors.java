package io.lushagraph.webhook.manage;

import io.lushagraph.common.LookupError;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.wire.SubscriptionBatchResponse;

/** Lusha's per-item errors of bulk create and delete, in the gateway's codes. */
final class ItemErrors {

    private ItemErrors() {
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
        return new LookupError(code, "Lusha: " + error.message());
    }

    static LookupError missing() {
        return new LookupError(ErrorCode.UPSTREAM_UNAVAILABLE, "Lusha's answer held no result for this item");
    }

    static LookupError of(Throwable failure) {
        return failure instanceof GatewayException typed ? LookupError.of(typed)
                : new LookupError(ErrorCode.UPSTREAM_UNAVAILABLE, "The call to Lusha failed");
    }
}
