package io.lushagraph.webhook.manage;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.WebhookClient;
import io.lushagraph.webhook.wire.Subscription;
import io.lushagraph.webhook.wire.SubscriptionPage;
import io.smallrye.mutiny.Uni;

/**
 * What the Lusha account holds, read when a call that creates or changes subscriptions ended with an unknown outcome
 * (a 5xx, a timeout or a dropped connection after the request was sent): such a call is never sent again blindly;
 * its caller looks here at what exists and reconciles. Lusha's list ({@code listSubscriptions}) has no filter, so
 * this walks every page of 100.
 */
@ApplicationScoped
public class AccountSubscriptions {

    /** Pages walked at most: 10,000 subscriptions, far more than one account is expected to hold. */
    static final int MAX_PAGES = 100;

    private final WebhookClient client;

    public AccountSubscriptions(WebhookClient client) {
        this.client = client;
    }

    /** Whether a failure leaves open whether Lusha did the work. */
    public static boolean unknownOutcome(Throwable failure) {
        return failure instanceof GatewayException typed && typed.code() == ErrorCode.UPSTREAM_OUTCOME_UNKNOWN;
    }

    /** The failure reported for work whose outcome stayed unknown after a look at what exists. */
    static GatewayException stillUnknown() {
        return GatewayException.of(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN, "Lusha failed after the request was sent and "
                + "the outcome could not be confirmed; look again before repeating it");
    }

    /**
     * Every subscription of the account, read to settle a call whose outcome is unknown: when the read fails too,
     * the outcome stays unknown ({@link #stillUnknown()}), whatever the read's own failure was.
     */
    public Uni<List<Subscription>> afterUnknownOutcome(GatewayRequest request) {
        return all(request).onFailure().transform(AccountSubscriptions::lookFailed);
    }

    /** The failure of a look at what exists after an unknown outcome: the outcome stays unknown. */
    static Throwable lookFailed(Throwable failure) {
        return stillUnknown();
    }

    /** Every subscription of the account, newest first. */
    public Uni<List<Subscription>> all(GatewayRequest request) {
        List<Subscription> found = new ArrayList<>();
        return walk(request, found, 0, 0).replaceWith(found);
    }

    private Uni<Void> walk(GatewayRequest request, List<Subscription> found, int offset, int pages) {
        return Counted.call(request.cost(),
                client.listSubscriptions(request.account(), WebhookQueries.LUSHA_PAGE, offset))
                .flatMap(page -> {
                    found.addAll(page.data());
                    return more(page) && pages + 1 < MAX_PAGES
                            ? walk(request, found, offset + page.data().size(), pages + 1)
                            : Uni.createFrom().voidItem();
                });
    }

    private static boolean more(SubscriptionPage page) {
        return page.pagination() != null && Boolean.TRUE.equals(page.pagination().hasMore())
                && !page.data().isEmpty();
    }
}
