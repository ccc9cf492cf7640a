package io.lushagraph.webhook.manage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.store.StoreWork;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.Inbox;
import io.lushagraph.webhook.WebhookClient;
import io.lushagraph.webhook.wire.AuditLogStats;
import io.lushagraph.webhook.wire.Subscription;
import io.lushagraph.webhook.wire.SubscriptionPage;
import io.smallrye.mutiny.Uni;

/**
 * Reads a tenant's webhook subscriptions and their delivery logs from Lusha. Lusha lists the whole account's
 * subscriptions, so a tenant's list walks Lusha's pages of 100 and keeps the tenant's own, stopping as soon as the
 * page asked for is full.
 */
@ApplicationScoped
public class WebhookQueries {

    static final int LUSHA_PAGE = 100;
    static final int MAX_LIMIT = 100;
    /** Stats over all of a tenant's subscriptions take one call each; past this many, name one. */
    static final int MAX_STATS_CALLS = 25;

    private final WebhookClient client;
    private final Ownership ownership;
    private final Inbox inbox;

    public WebhookQueries(WebhookClient client, Ownership ownership, Inbox inbox) {
        this.client = client;
        this.ownership = ownership;
        this.inbox = inbox;
    }

    public Uni<WebhookSubscription> get(GatewayRequest request, String id) {
        return ownership.require(request.tenant(), id)
                .flatMap(owner -> Counted.call(request.cost(), client.subscription(request.account(), id))
                        .map(wire -> WebhookSubscription.of(wire, owner)));
    }

    public Uni<WebhookSubscriptionPage> list(GatewayRequest request, int limit, int offset) {
        if (outOfRange(limit, offset)) {
            return badPage();
        }
        return ownership.ownedBy(request.tenant()).flatMap(owned -> {
            if (owned.isEmpty()) {
                return Uni.createFrom().item(new WebhookSubscriptionPage(List.of(), 0));
            }
            Walk walk = new Walk(owned.keySet(), offset + limit);
            return walk(request, walk, 0).flatMap(done -> pruned(walk)).map(total -> new WebhookSubscriptionPage(
                    walk.found.stream().skip(offset).limit(limit)
                            .map(s -> WebhookSubscription.of(s, owned.get(s.id()))).toList(),
                    total));
        });
    }

    public Uni<WebhookDeliveryPage> deliveries(GatewayRequest request, String subscriptionId,
            WebhookDeliveryStatus status, int limit, int offset) {
        if (outOfRange(limit, offset)) {
            return badPage();
        }
        return ownership.require(request.tenant(), subscriptionId)
                .flatMap(owned -> Counted.call(request.cost(), client.auditLogs(request.account(), subscriptionId,
                        status == null ? null : status.wire(), limit, offset)))
                .map(page -> new WebhookDeliveryPage(page.data().stream().map(WebhookDelivery::of).toList(),
                        page.pagination() == null || page.pagination().total() == null ? page.data().size()
                                : page.pagination().total(),
                        page.pagination() != null && Boolean.TRUE.equals(page.pagination().hasMore())));
    }

    /** One subscription's counts, or the sum over all of the tenant's. */
    public Uni<WebhookDeliveryStats> stats(GatewayRequest request, String subscriptionId) {
        if (subscriptionId != null) {
            return ownership.require(request.tenant(), subscriptionId).flatMap(owned -> stats(request,
                    Set.of(subscriptionId)));
        }
        return ownership.ownedBy(request.tenant()).flatMap(owned -> owned.size() > MAX_STATS_CALLS
                ? Uni.createFrom().failure(GatewayException.of(ErrorCode.INVALID_INPUT, "This tenant has "
                        + owned.size() + " subscriptions; name one with subscriptionId (totals are summed for at most "
                        + MAX_STATS_CALLS + ")"))
                : stats(request, owned.keySet()));
    }

    private Uni<WebhookDeliveryStats> stats(GatewayRequest request, Set<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(WebhookDeliveryStats.of(0, 0, 0));
        }
        List<Uni<AuditLogStats>> calls = ids.stream()
                .map(id -> Counted.call(request.cost(), client.auditLogStats(request.account(), id))).toList();
        return Uni.join().all(calls).andFailFast().map(all -> all.stream()
                .map(s -> WebhookDeliveryStats.of(n(s.total()), n(s.success()), n(s.failed())))
                .reduce(WebhookDeliveryStats.of(0, 0, 0), WebhookDeliveryStats::plus))
                .flatMap(stats -> quarantined(ids).map(stats::withQuarantined));
    }

    // Lusha's figures stand without the gateway's own count when the store cannot be read.
    private Uni<Integer> quarantined(Set<String> ids) {
        return StoreWork.offEventLoop("Quarantined webhook deliveries could not be counted",
                "the gateway's store is unavailable", () -> inbox.quarantined(ids))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> walk(GatewayRequest request, Walk walk, int lushaOffset) {
        return Counted.call(request.cost(), client.listSubscriptions(request.account(), LUSHA_PAGE, lushaOffset))
                .flatMap(page -> {
                    walk.take(page);
                    boolean more = page.pagination() != null && Boolean.TRUE.equals(page.pagination().hasMore())
                            && !page.data().isEmpty();
                    walk.complete = !more;
                    return more && !walk.full() ? walk(request, walk, lushaOffset + page.data().size())
                            : Uni.createFrom().voidItem();
                });
    }

    // After a walk over every page, owned ids Lusha no longer has were deleted elsewhere: forget them.
    private Uni<Integer> pruned(Walk walk) {
        if (!walk.complete) {
            return Uni.createFrom().item(walk.owned.size());
        }
        Set<String> seen = walk.found.stream().map(Subscription::id).collect(Collectors.toSet());
        List<String> gone = walk.owned.stream().filter(id -> !seen.contains(id)).toList();
        return (gone.isEmpty() ? Uni.createFrom().voidItem() : ownership.forget(gone).onFailure().recoverWithNull())
                .replaceWith(walk.found.size());
    }

    private static boolean outOfRange(int limit, int offset) {
        return limit < 1 || limit > MAX_LIMIT || offset < 0;
    }

    private static <T> Uni<T> badPage() {
        return Uni.createFrom().failure(WebhookInputs.invalid("limit must be 1 to " + MAX_LIMIT
                + " and offset at least 0"));
    }

    private static int n(Long value) {
        return value == null ? 0 : (int) Math.min(Integer.MAX_VALUE, value);
    }

    /** What a walk over Lusha's pages has found of a tenant's subscriptions. */
    private static final class Walk {
        final Set<String> owned;
        final int wanted;
        final List<Subscription> found = new ArrayList<>();
        boolean complete;

        Walk(Set<String> owned, int wanted) {
            this.owned = owned;
            this.wanted = wanted;
        }

        void take(SubscriptionPage page) {
            page.data().stream().filter(s -> owned.contains(s.id())).forEach(found::add);
        }

        boolean full() {
            return found.size() >= wanted || found.size() >= owned.size();
        }
    }
}
