package io.lushagraph.upstream;

import org.eclipse.microprofile.graphql.Description;

/**
 * The codes a client finds in {@code extensions.code} of a GraphQL error or in a per-item {@code error { code }}.
 */
@Description("Stable error codes, found in extensions.code of a GraphQL error and in per-item errors.")
public enum ErrorCode {
    /** The request itself is wrong (a lookup with no identifier, Lusha's 400 or 412). */
    @Description("The request itself is wrong (a lookup with no identifier, Lusha's 400 or 412).")
    INVALID_INPUT,
    /** Lusha does not know the resource. */
    @Description("Lusha does not know the resource.")
    NOT_FOUND,
    /** Lusha rejected the account's key or the account is inactive (401, 403). */
    @Description("Lusha rejected the account's key or the account is inactive (401, 403).")
    UPSTREAM_UNAUTHORIZED,
    /** The Lusha account has no credits or needs payment (402). */
    @Description("The Lusha account has no credits or needs payment (402).")
    PAYMENT_REQUIRED,
    /** Lusha refuses the contact for GDPR reasons (451). */
    @Description("Lusha refuses the contact for GDPR reasons (451).")
    GDPR_BLOCKED,
    /** Lusha's short-window rate limit answered 429. */
    @Description("Lusha's short-window rate limit answered 429.")
    UPSTREAM_RATE_LIMITED,
    /** Lusha's daily or trial quota is used up (429). */
    @Description("Lusha's daily or trial quota is used up (429).")
    UPSTREAM_QUOTA_EXHAUSTED,
    /** Lusha failed (5xx) or could not be reached. */
    @Description("Lusha failed (5xx) or could not be reached.")
    UPSTREAM_UNAVAILABLE,
    /** A credit-spending call may or may not have been processed (read timeout, 499, 502, 504). */
    @Description("A credit-spending call may or may not have been processed (read timeout, 499, 502, 504).")
    UPSTREAM_OUTCOME_UNKNOWN,
    /** Lusha does not know the lookalike session (dedupeSessionId or requestId), or it expired unused (410). */
    @Description("Lusha does not know the lookalike session (dedupeSessionId or requestId), or it expired after 30 days "
            + "unused (410); start again without it.")
    LOOKALIKE_SESSION_EXPIRED,
    /** The Lusha account already has a webhook subscription for this entity. */
    @Description("The Lusha account already has a webhook subscription for this entity type and id.")
    DUPLICATE_SUBSCRIPTION,
    /** The gateway's durable store could not be reached; nothing was changed. */
    @Description("The gateway's durable store could not be reached; nothing was changed. Try again later.")
    STORE_UNAVAILABLE,
    /** The tenant may not do this: an account-wide operation needs an admin tenant. */
    @Description("The tenant may not do this: an account-wide operation needs an admin tenant.")
    FORBIDDEN,
    /** The tenant's daily credit budget cannot cover the reveal; no upstream call was made. */
    @Description("The tenant's daily credit budget cannot cover this reveal; no upstream call was made. The budget "
            + "refills at midnight UTC; me { credits { remaining } } shows what is left.")
    CREDIT_BUDGET_EXCEEDED
}
