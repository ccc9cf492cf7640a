package io.lushagraph.reveal;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.tenant.CreditBudgets;
import io.lushagraph.tenant.GatewayRequest;
import io.micrometer.core.instrument.MeterRegistry;

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

    /** Reserves {@code credits} for the request's tenant; false, with nothing reserved, when they do not fit. */
    public boolean reserve(GatewayRequest request, long credits) {
        if (credits <= 0) {
            return true;
        }
        boolean reserved = budgets.tryReserve(request.settings(), credits);
        count(request, reserved ? "reserved" : "refused", credits);
        return reserved;
    }

    /** Gives back reserved credits that Lusha did not charge. */
    public void refund(GatewayRequest request, long credits) {
        if (credits > 0) {
            budgets.refund(request.settings(), credits);
            count(request, "refunded", credits);
        }
    }

    private void count(GatewayRequest request, String outcome, long credits) {
        meters.counter("gateway.credits", "tenant", request.tenant(), "outcome", outcome).increment(credits);
    }
}
