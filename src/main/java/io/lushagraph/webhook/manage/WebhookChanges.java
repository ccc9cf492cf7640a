package io.lushagraph.webhook.manage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.common.LookupError;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.SubscriptionOwners.Owner;
import io.lushagraph.webhook.WebhookClient;
import io.lushagraph.webhook.wire.Subscription;
import io.lushagraph.webhook.wire.SubscriptionBatchResponse;
import io.lushagraph.webhook.wire.UpdateSubscriptionRequest;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Changes, tests and deletes webhook subscriptions on behalf of the tenant that owns them; a subscription the tenant
 * does not own is {@code NOT_FOUND} and never reaches Lusha. A subscription tenants share (Lusha allows one per
 * entity per account) is deleted at Lusha only when its last owner deletes it; until then a deletion only ends the
 * tenant's ownership.
 */
@ApplicationScoped
public class WebhookChanges {

    private final WebhookClient client;
    private final Ownership ownership;
    private final AccountSubscriptions existing;
    private final int maxBatch;

    public WebhookChanges(WebhookClient client, Ownership ownership, AccountSubscriptions existing,
            GatewayConfig config) {
        this.client = client;
        this.existing = existing;
        this.ownership = ownership;
        this.maxBatch = config.webhooks().maxBatch();
    }

    public Uni<WebhookSubscription> update(GatewayRequest request, String id, WebhookSubscriptionUpdate input) {
        UpdateSubscriptionRequest body;
        try {
            body = new UpdateSubscriptionRequest(WebhookInputs.signalTypes(input.signalTypes, false),
                    WebhookInputs.url(input.url), WebhookInputs.name(input.name), input.isActive, null);
        } catch (GatewayException e) {
            return Uni.createFrom().failure(e);
        }
        if (body.signalTypes() == null && body.url() == null && body.name() == null && body.isActive() == null) {
            return Uni.createFrom().failure(WebhookInputs.invalid("Nothing to change: give signalTypes, url, name "
                    + "or isActive"));
        }
        return ownership.require(request.tenant(), id).flatMap(mine -> ownership.owners(List.of(id))
                .flatMap(all -> {
                    List<Owner> owners = all.getOrDefault(id, List.of(mine));
                    return owners.size() > 1 ? updateShared(request, id, body, mine, owners)
                            : updateOwn(request, id, body, mine);
                }));
    }

    private Uni<WebhookSubscription> updateOwn(GatewayRequest request, String id, UpdateSubscriptionRequest body,
            Owner mine) {
        return patch(request, id, body, true).flatMap(updated -> {
            if (!mine.viewStored()) {
                return Uni.createFrom().item(WebhookSubscription.of(updated));
            }
            Owner view = new Owner(mine.tenant(), true,
                    body.signalTypes() != null ? updated.signalTypes() : mine.signalTypes(),
                    body.name() != null ? updated.name() : mine.name());
            return ownership.updateView(id, mine.tenant(), view.signalTypes(), view.name())
                    .replaceWith(WebhookSubscription.of(updated, view));
        });
    }

    /**
     * A subscription other tenants share: the tenant's signal types and name are its own view (Lusha's subscription
     * is set to every owner's types together); its url and pausing it would change the others' deliveries, so they
     * are refused.
     */
    private Uni<WebhookSubscription> updateShared(GatewayRequest request, String id, UpdateSubscriptionRequest body,
            Owner mine, List<Owner> owners) {
        if (body.url() != null || Boolean.FALSE.equals(body.isActive())) {
            return Uni.createFrom().failure(WebhookInputs.invalid("This subscription's events are delivered to "
                    + "more than one subscriber of the Lusha account, so its url cannot be changed and it cannot be "
                    + "paused; delete it to stop receiving its events"));
        }
        Owner view = new Owner(mine.tenant(), true,
                body.signalTypes() != null ? body.signalTypes() : mine.signalTypes(),
                body.name() != null ? body.name() : mine.name());
        List<Owner> after = owners.stream().map(o -> o.tenant().equals(mine.tenant()) ? view : o).toList();
        Uni<Subscription> lusha = body.signalTypes() == null && body.isActive() == null
                ? Counted.call(request.cost(), client.subscription(request.account(), id))
                : patch(request, id, new UpdateSubscriptionRequest(body.signalTypes() == null ? null
                        : SharedTypes.union(after), null, null, body.isActive(), null), true);
        return lusha.flatMap(updated -> ownership.updateView(id, mine.tenant(), view.signalTypes(), view.name())
                .replaceWith(WebhookSubscription.of(updated, view)));
    }

    // After an unknown outcome the subscription is read: a change already made is not sent again.
    private Uni<Subscription> patch(GatewayRequest request, String id, UpdateSubscriptionRequest body,
            boolean mayResend) {
        return Counted.call(request.cost(), client.updateSubscription(request.account(), id, body))
                .onFailure(AccountSubscriptions::unknownOutcome)
                .recoverWithUni(unknown -> Counted.call(request.cost(), client.subscription(request.account(), id))
                        .onFailure().transform(AccountSubscriptions::lookFailed)
                        .flatMap(now -> applied(now, body) ? Uni.createFrom().item(now)
                                : mayResend ? patch(request, id, body, false)
                                        : Uni.createFrom().failure(AccountSubscriptions.stillUnknown())));
    }

    /** Whether Lusha's subscription already holds every value the update sets. */
    static boolean applied(Subscription now, UpdateSubscriptionRequest body) {
        return (body.signalTypes() == null || Set.copyOf(body.signalTypes()).equals(Set.copyOf(now.signalTypes())))
                && (body.url() == null || body.url().equals(now.url()))
                && (body.name() == null || body.name().equals(now.name()))
                && (body.isActive() == null || body.isActive().equals(!Boolean.FALSE.equals(now.isActive())));
    }

    public Uni<WebhookTestResult> test(GatewayRequest request, String id, WebhookTestMode mode) {
        return ownership.require(request.tenant(), id)
                .flatMap(mine -> mode == WebhookTestMode.DIRECT || mode == WebhookTestMode.KAFKA
                        ? Uni.createFrom().voidItem()
                        : ownership.owners(List.of(id)).flatMap(all -> all.getOrDefault(id, List.of()).size() > 1
                                ? Uni.createFrom().failure(WebhookInputs.invalid("A FULL test delivers a mock event "
                                        + "to every subscriber of this subscription's events; use mode DIRECT or "
                                        + "KAFKA"))
                                : Uni.createFrom().voidItem()))
                .flatMap(owned -> Counted.call(request.cost(),
                        client.testSubscription(request.account(), id, mode == null ? null : mode.wire())))
                .map(WebhookTestResult::of);
    }

    /** One result per id given, in order; Lusha deletes 25 per call. */
    public Uni<List<WebhookDeletion>> delete(GatewayRequest request, List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > maxBatch || ids.stream().anyMatch(i -> i == null
                || i.isBlank())) {
            return Uni.createFrom().failure(WebhookInputs.invalid("ids must hold 1 to " + maxBatch + " ids"));
        }
        List<String> distinct = ids.stream().distinct().toList();
        return ownership.ownedBy(request.tenant()).flatMap(owned -> {
            Map<String, WebhookDeletion> outcomes = new HashMap<>();
            List<String> mine = new ArrayList<>();
            for (String id : distinct) {
                if (owned.containsKey(id)) {
                    mine.add(id);
                } else {
                    outcomes.put(id, new WebhookDeletion(id, false, LookupError.of(Ownership.notFound(id))));
                }
            }
            return ownership.leaveShared(mine, request.tenant()).flatMap(left -> {
                // a subscription others still own stays at Lusha; the last owner's is deleted there
                left.forEach(id -> outcomes.put(id, new WebhookDeletion(id, true, null)));
                List<String> last = mine.stream().filter(id -> !left.contains(id)).toList();
                return deleteAtLusha(request, ids, last, outcomes);
            });
        });
    }

    // Ids whose last owner is this tenant: deleted at Lusha 25 per call, and their owners forgotten.
    private Uni<List<WebhookDeletion>> deleteAtLusha(GatewayRequest request, List<String> ids, List<String> last,
            Map<String, WebhookDeletion> outcomes) {
        List<Uni<List<WebhookDeletion>>> calls = WebhookCreation.chunks(last).stream()
                .map(chunk -> send(request, chunk)).toList();
        Uni<List<WebhookDeletion>> sent = calls.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(calls).andFailFast().map(l -> l.stream().flatMap(List::stream).toList());
        return sent.flatMap(deleted -> forgetGone(deleted).replaceWith(deleted)).map(deleted -> {
            deleted.forEach(d -> outcomes.put(d.id(), d));
            return ids.stream().map(outcomes::get).toList();
        });
    }

    private Uni<List<WebhookDeletion>> send(GatewayRequest request, List<String> chunk) {
        return attempt(request, chunk, true);
    }

    private Uni<List<WebhookDeletion>> attempt(GatewayRequest request, List<String> chunk, boolean mayResend) {
        return Counted.call(request.cost(), client.deleteSubscriptions(request.account(), chunk))
                .map(response -> {
                    Map<Integer, SubscriptionBatchResponse.Result> byIndex = new HashMap<>();
                    response.results().forEach(r -> byIndex.put(r.index(), r));
                    List<WebhookDeletion> out = new ArrayList<>();
                    for (int i = 0; i < chunk.size(); i++) {
                        SubscriptionBatchResponse.Result r = byIndex.get(i);
                        out.add(r == null ? new WebhookDeletion(chunk.get(i), false, ItemErrors.missing())
                                : new WebhookDeletion(chunk.get(i), Boolean.TRUE.equals(r.success()),
                                        Boolean.TRUE.equals(r.success()) ? null : ItemErrors.of(r.error())));
                    }
                    return out;
                })
                .onFailure(AccountSubscriptions::unknownOutcome)
                .recoverWithUni(unknown -> reconcile(request, chunk, mayResend))
                .onFailure().recoverWithItem(failure -> chunk.stream()
                        .map(id -> new WebhookDeletion(id, false, ItemErrors.of(failure))).toList());
    }

    /**
     * Lusha may have deleted some or all of a chunk before failing: what is gone from the account is deleted; what
     * remains is deleted once more at most, so the tenant's list ends as what Lusha holds.
     */
    private Uni<List<WebhookDeletion>> reconcile(GatewayRequest request, List<String> chunk, boolean mayResend) {
        return existing.afterUnknownOutcome(request).flatMap(all -> {
            Set<String> remaining = all.stream().map(Subscription::id).collect(Collectors.toSet());
            List<WebhookDeletion> gone = chunk.stream().filter(id -> !remaining.contains(id))
                    .map(id -> new WebhookDeletion(id, true, null)).toList();
            List<String> left = chunk.stream().filter(remaining::contains).toList();
            Log.infof("Lusha failed after a delete of %d subscriptions; %d are gone, %d %s", chunk.size(),
                    gone.size(), left.size(), mayResend ? "deleted again" : "not confirmed");
            if (left.isEmpty()) {
                return Uni.createFrom().item(gone);
            }
            Uni<List<WebhookDeletion>> rest = mayResend ? attempt(request, left, false)
                    : Uni.createFrom().item(left.stream().map(id -> new WebhookDeletion(id, false,
                            LookupError.of(AccountSubscriptions.stillUnknown()))).toList());
            return rest.map(more -> {
                List<WebhookDeletion> joined = new ArrayList<>(gone);
                joined.addAll(more);
                return joined;
            });
        });
    }

    // Deleted here, or already gone at Lusha: either way no owner is needed any more. Stale rows are harmless, so a
    // store failure here is only logged.
    private Uni<Void> forgetGone(List<WebhookDeletion> deleted) {
        Set<String> gone = new HashSet<>();
        deleted.stream().filter(d -> d.deleted() || d.error().code() == ErrorCode.NOT_FOUND)
                .forEach(d -> gone.add(d.id()));
        if (gone.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return ownership.forget(gone).onFailure().invoke(f -> Log.warnf("Owners of deleted subscriptions %s stay "
                + "recorded: %s", gone, f.getMessage())).onFailure().recoverWithNull();
    }
}
