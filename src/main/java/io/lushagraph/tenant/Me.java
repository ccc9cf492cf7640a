package io.lushagraph.tenant;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.upstream.QuotaState;

/** The calling tenant, as the gateway sees it: who it is, what it may do and what is left. */
@Type("Me")
@Description("The calling tenant, as the gateway sees it: its limits, its credits left today and the Lusha account's "
        + "quota.")
public record Me(
        @NonNull @Id @Description("The tenant's id, from its verified credential.") String tenant,
        @NonNull @Description("May run account-wide operations such as refreshFilterCatalogs.") boolean admin,
        @NonNull @Description("Inbound requests the tenant may make.") RateLimit rateLimit,
        @NonNull @Description("Lusha credits the tenant may spend.") Credits credits,
        @NonNull @Description("Most one HTTP request may cost, counted before it runs.") int maxQueryCost,
        @NonNull @Description("The name of the Lusha account the tenant spends (never its key).") String lushaAccount,
        @Description("The Lusha account's quota as its last answer reported it; null before any call.") Quota quota) {

    /** Inbound request limit. */
    @Type("RateLimit")
    @Description("A tenant's inbound request limit: a bucket of burst requests refilled perSecond each second.")
    public record RateLimit(
            @NonNull @Description("Requests refilled each second.") int perSecond,
            @NonNull @Description("Requests that may arrive at once.") int burst) {
    }

    /** Daily credit budget. */
    @Type("CreditBudget")
    @Description("A tenant's daily Lusha credit budget (UTC days).")
    public record Credits(
            @NonNull @Description("Credits per day.") int daily,
            @NonNull @Description("Credits left today.") int remaining) {
    }

    /** The account's quota windows. */
    @Type("Quota")
    @Description("The Lusha account's request quota, from the rate-limit headers of its last answer.")
    public record Quota(
            @Description("The daily window.") Window daily,
            @Description("The hourly window.") Window hourly,
            @Description("The minute window.") Window minute,
            @Description("When Lusha reported it.") Instant observedAt) {

        static Quota of(QuotaState state) {
            return new Quota(Window.of(state.daily()), Window.of(state.hourly()), Window.of(state.minute()),
                    state.observedAt());
        }
    }

    /** One quota window. */
    @Type("QuotaWindow")
    @Description("One quota window of the Lusha account.")
    public record Window(
            @Description("Requests allowed in the window.") Integer limit,
            @Description("Requests left in the window.") Integer remaining,
            @Description("Requests used in the window.") Integer used) {

        static Window of(QuotaState.Window window) {
            return window == null ? null : new Window(toInt(window.limit()), toInt(window.remaining()), toInt(window.used()));
        }

        private static Integer toInt(Long value) {
            return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
        }
    }
}
