package io.lushagraph.reveal;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.tenant.CreditBudgets;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Reserves a request's possible credits from its tenant's daily budget before a reveal and refunds what Lusha did
 * not charge, counting {@code gateway.credits} by tenant and outcome (reserved, refused, refunded).
 */
@ApplicationScoped
public class CreditGate {

    private final CreditBudgets budgets;
    private final MeterRegistry meters;

    public CreditGate(CreditBudgets budgets, MeterRegistry meters) {
        this.budgets = budgets;
        this.meters = meters;
    }

    /**
     * Reserves {@code credits} for the request's tenant. Fails, with nothing reserved, with {@code
     * CREDIT_BUDGET_EXCEEDED} when they do not fit and {@code STORE_UNAVAILABLE} when the budget cannot be read.
     */
    public Uni<Void> reserve(GatewayRequest request, long credits) {
        if (credits <= 0) {
            return Uni.createFrom().voidItem();
        }
        return budgets.reserve(request.settings(), request.cost().creditDay(budgets::today), credits).onItem()
                .transformToUni(reserved -> {
                    count(request, reserved ? "reserved" : "refused", credits);
                    return reserved ? Uni.createFrom().voidItem() : Uni.createFrom().failure(overBudget(credits));
                });
    }

    /**
     * Reserves {@code credits}, then answers with {@code admitted}; when they cannot be reserved (over budget, or the
     * store is unreachable), answers {@code refused} with the refusal instead, and nothing is called.
     */
    public <T> Uni<T> reserveThen(GatewayRequest request, long credits, Supplier<Uni<T>> admitted,
            Function<GatewayException, T> refused) {
        return reserve(request, credits).onItemOrFailure().transformToUni((ok, failure) -> failure == null
                ? Uni.createFrom().<T> deferred(admitted::get)
                : Uni.createFrom().item(refused.apply(failure instanceof GatewayException known ? known
                        : GatewayException.of(ErrorCode.STORE_UNAVAILABLE, "The tenant's credit budget could not "
                                + "be checked; nothing was looked up"))));
    }

    /** Gives back reserved credits that Lusha did not charge, without waiting for the store. */
    public void refund(GatewayRequest request, long credits) {
        if (credits > 0) {
            budgets.refund(request.settings(), request.cost().creditDay(budgets::today), credits);
            count(request, "refunded", credits);
        }
    }

    /**
     * Reserves {@code reserve} credits, makes the call, and gives back what {@code charged} says Lusha did not charge;
     * a failed call gives everything back unless it may have been charged. Over budget: {@code
     * CREDIT_BUDGET_EXCEEDED} and no call; store unreachable: {@code STORE_UNAVAILABLE} and no call.
     */
    public <T> Uni<T> spend(GatewayRequest request, long reserve, Supplier<Uni<T>> call, ToLongFunction<T> charged) {
        return reserve(request, reserve).onItem().transformToUni(reserved -> Uni.createFrom().<T> deferred(call::get)
                .invoke(answer -> refund(request, Math.max(0, reserve - charged.applyAsLong(answer))))
                .onFailure(failure -> !mayHaveCharged(failure)).invoke(() -> refund(request, reserve)));
    }

    /** Whether a failed call may have been charged: its outcome is unknown, or it failed in an unforeseen way. */
    public static boolean mayHaveCharged(Throwable failure) {
        return !(failure instanceof GatewayException known) || known.code() == ErrorCode.UPSTREAM_OUTCOME_UNKNOWN;
    }

    /** The refusal of a reveal the tenant's budget cannot cover. */
    public static GatewayException overBudget(long credits) {
        return GatewayException.of(ErrorCode.CREDIT_BUDGET_EXCEEDED, "The tenant's daily credit budget cannot cover "
                + credits + (credits == 1 ? " more credit" : " more credits") + " today; nothing was looked up");
    }

    private void count(GatewayRequest request, String outcome, long credits) {
        meters.counter("gateway.credits", "tenant", request.tenant(), "outcome", outcome).increment(credits);
    }
}
