package io.lushagraph.webhook.manage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.common.LookupError;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.SubscriptionOwners.Owner;
import io.lushagraph.webhook.WebhookClient;
import io.lushagraph.webhook.WebhookSecret;
import io.lushagraph.webhook.wire.CreateOptOutSubscriptionRequest;
import io.lushagraph.webhook.wire.CreateSubscriptionsRequest;
import io.lushagraph.webhook.wire.Subscription;
import io.lushagraph.webhook.wire.SubscriptionBatchResponse;
import io.lushagraph.webhook.wire.UpdateSubscriptionRequest;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Creates webhook subscriptions for a tenant: checks each input, makes sure the account has a signing secret, sends
 * the valid ones to Lusha 25 per call (one call per delivery URL), and records the tenant as owner of each one
 * created. A subscription whose owner cannot be recorded is deleted again, so none is left that no tenant owns. An
 * entity another tenant already watches at the same URL is shared: Lusha allows one subscription per entity.
 */
@ApplicationScoped
public class WebhookCreation {

    static final int LUSHA_BATCH = 25;
    private static final String OPT_OUT_TYPE = "optOut";

    private final WebhookClient client;
    private final WebhookSecret secret;
    private final Ownership ownership;
    private final ReceiverUrl receiver;
    private final AccountSubscriptions existing;
    private final int maxBatch;

    public WebhookCreation(WebhookClient client, WebhookSecret secret, Ownership ownership, ReceiverUrl receiver,
            AccountSubscriptions existing, GatewayConfig config) {
        this.client = client;
        this.existing = existing;
        this.secret = secret;
        this.ownership = ownership;
        this.receiver = receiver;
        this.maxBatch = config.webhooks().maxBatch();
    }

    /** One result per input, in order. */
    public Uni<List<WebhookSubscriptionResult>> create(GatewayRequest request, List<WebhookSubscriptionInput> inputs) {
        if (inputs == null || inputs.isEmpty() || inputs.size() > maxBatch) {
            return Uni.createFrom().failure(WebhookInputs.invalid("inputs must hold 1 to " + maxBatch + " items"));
        }
        Outcome[] outcomes = new Outcome[inputs.size()];
        Map<String, List<Planned>> byUrl = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                Planned planned = plan(i, inputs.get(i));
                byUrl.computeIfAbsent(planned.url(), url -> new ArrayList<>()).add(planned);
            } catch (GatewayException e) {
                outcomes[i] = Outcome.failed(i, LookupError.of(e));
            }
        }
        if (byUrl.isEmpty()) {
            return Uni.createFrom().item(results(outcomes));
        }
        List<Uni<List<Outcome>>> calls = new ArrayList<>();
        byUrl.forEach((url, planned) -> chunks(planned).forEach(chunk -> calls.add(send(request, url, chunk))));
        return secret.ensure(request.account(), request.cost())
                .flatMap(ready -> Uni.join().all(calls).andFailFast())
                .map(lists -> lists.stream().flatMap(List::stream).toList())
                .onFailure().recoverWithItem(failure -> byUrl.values().stream().flatMap(List::stream)
                        .map(p -> Outcome.failed(p.index(), ItemErrors.of(failure))).toList())
                .flatMap(sent -> own(request, sent))
                .map(sent -> {
                    sent.forEach(outcome -> outcomes[outcome.index()] = outcome);
                    return results(outcomes);
                });
    }

    /** The account's opt-out subscription, owned by the calling tenant. */
    public Uni<WebhookSubscription> createOptOut(GatewayRequest request, OptOutSubscriptionInput input) {
        CreateOptOutSubscriptionRequest body;
        try {
            request.requireAdmin("createOptOutSubscription");
            String url = input != null && input.url != null ? WebhookInputs.url(input.url) : receiver.resolve();
            body = CreateOptOutSubscriptionRequest.contacts(url, WebhookInputs.name(input == null ? null : input.name));
        } catch (GatewayException e) {
            return Uni.createFrom().failure(e);
        }
        return secret.ensure(request.account(), request.cost())
                .flatMap(ready -> createOptOut(request, body, true))
                .onFailure(GatewayException.UpstreamUnauthorized.class).transform(WebhookCreation::alreadyThere)
                .flatMap(created -> ownership.record(List.of(created.id()), request.tenant())
                        .onFailure().call(failure -> undo(request, List.of(created.id())))
                        .replaceWith(WebhookSubscription.of(created)));
    }

    // After an unknown outcome the account's subscriptions are read: an opt-out subscription found there was made by
    // the failed call unless another tenant owns it; none found is created once more at most.
    private Uni<Subscription> createOptOut(GatewayRequest request, CreateOptOutSubscriptionRequest body,
            boolean mayResend) {
        return Counted.call(request.cost(), client.createOptOutSubscription(request.account(), body))
                .onFailure(AccountSubscriptions::unknownOutcome)
                .recoverWithUni(unknown -> existing.afterUnknownOutcome(request).flatMap(all -> {
                    Optional<Subscription> found = all.stream()
                            .filter(s -> s.signalTypes().contains(OPT_OUT_TYPE)).findFirst();
                    if (found.isEmpty()) {
                        return mayResend ? createOptOut(request, body, false)
                                : Uni.createFrom().failure(AccountSubscriptions.stillUnknown());
                    }
                    return ownership.owners(List.of(found.get().id())).flatMap(owners -> owners
                            .getOrDefault(found.get().id(), List.of()).stream()
                            .allMatch(o -> o.tenant().equals(request.tenant()))
                                    ? Uni.createFrom().item(found.get())
                                    : Uni.createFrom().failure(optOutExists()));
                }));
    }

    // Lusha answers 403 both for a plan without opt-outs and for a second opt-out subscription; tell them apart.
    private static Throwable alreadyThere(Throwable forbidden) {
        return forbidden instanceof GatewayException refused && refused.upstreamMessage() != null
                && refused.upstreamMessage().contains("already exists") ? optOutExists() : forbidden;
    }

    private static GatewayException optOutExists() {
        return GatewayException.of(ErrorCode.DUPLICATE_SUBSCRIPTION, "The account already has an opt-out "
                + "subscription; there can be only one");
    }

    private Planned plan(int index, WebhookSubscriptionInput input) throws GatewayException {
        if (input == null || input.entityType == null) {
            throw WebhookInputs.invalid("entityType is required");
        }
        String url = input.url != null ? WebhookInputs.url(input.url) : receiver.resolve();
        CreateSubscriptionsRequest.Item item = new CreateSubscriptionsRequest.Item(
                WebhookInputs.entityId(input.entityId), input.entityType.name().toLowerCase(Locale.ROOT),
                WebhookInputs.signalTypes(input.signalTypes, true), WebhookInputs.name(input.name));
        return new Planned(index, url, item);
    }

    private Uni<List<Outcome>> send(GatewayRequest request, String url, List<Planned> chunk) {
        return attempt(request, url, chunk, true);
    }

    private Uni<List<Outcome>> attempt(GatewayRequest request, String url, List<Planned> chunk, boolean mayResend) {
        CreateSubscriptionsRequest body = new CreateSubscriptionsRequest(
                new CreateSubscriptionsRequest.Defaults(url, null, null), null,
                chunk.stream().map(Planned::item).toList());
        return Counted.call(request.cost(), client.createSubscriptions(request.account(), body))
                .map(response -> outcomes(chunk, response))
                .flatMap(outcomes -> share(request, url, chunk, outcomes))
                .onFailure(AccountSubscriptions::unknownOutcome)
                .recoverWithUni(unknown -> reconcile(request, url, chunk, mayResend))
                .onFailure().recoverWithItem(failure -> chunk.stream()
                        .map(p -> Outcome.failed(p.index(), ItemErrors.of(failure))).toList());
    }

    private static List<Outcome> outcomes(List<Planned> chunk, SubscriptionBatchResponse response) {
        Outcome[] out = new Outcome[chunk.size()];
        response.results().stream().filter(r -> r.index() != null && r.index() >= 0 && r.index() < chunk.size())
                .forEach(r -> {
                    int index = chunk.get(r.index()).index();
                    out[r.index()] = Boolean.TRUE.equals(r.success()) && r.subscription() != null
                            ? Outcome.created(index, r.subscription())
                            : Outcome.failed(index, ItemErrors.of(r.error(), chunk.get(r.index()).item()));
                });
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = Outcome.failed(chunk.get(i).index(), ItemErrors.missing());
            }
        }
        return Arrays.asList(out);
    }

    /**
     * Lusha allows one subscription per entity per account: an input Lusha refused as a duplicate shares the
     * subscription that exists (see {@link #settle}). Lusha's own message, which names the entity and tells that
     * someone watches it, never reaches the tenant.
     */
    private Uni<List<Outcome>> share(GatewayRequest request, String url, List<Planned> chunk,
            List<Outcome> outcomes) {
        Map<Integer, Planned> byIndex = new HashMap<>();
        chunk.forEach(p -> byIndex.put(p.index(), p));
        List<Planned> duplicates = outcomes.stream().filter(o -> o.error() != null
                && o.error().code() == ErrorCode.DUPLICATE_SUBSCRIPTION).map(o -> byIndex.get(o.index())).toList();
        if (duplicates.isEmpty()) {
            return Uni.createFrom().item(outcomes);
        }
        return existing.all(request)
                .flatMap(all -> settle(request, url, duplicates, all))
                .map(settled -> {
                    Map<Integer, Outcome> replaced = new HashMap<>();
                    settled.found().forEach(o -> replaced.put(o.index(), o));
                    settled.missing().forEach(p -> replaced.put(p.index(), Outcome.failed(p.index(),
                            LookupError.of(duplicate()))));
                    return outcomes.stream().map(o -> replaced.getOrDefault(o.index(), o)).toList();
                })
                .onFailure().recoverWithItem(failure -> outcomes.stream().map(o -> o.error() != null
                        && o.error().code() == ErrorCode.DUPLICATE_SUBSCRIPTION
                                ? Outcome.failed(o.index(), LookupError.of(duplicate()))
                                : o)
                        .toList());
    }

    /**
     * Lusha may have created some or all of a chunk before failing: what exists is settled (see {@link #settle}),
     * then only what is missing is created, once more at most. Lusha holds one subscription per entity, so nothing is
     * created twice.
     */
    private Uni<List<Outcome>> reconcile(GatewayRequest request, String url, List<Planned> chunk,
            boolean mayResend) {
        return existing.afterUnknownOutcome(request).flatMap(all -> settle(request, url, chunk, all))
                .flatMap(settled -> {
                    Log.infof("Lusha failed after a create of %d subscriptions; %d found, %d %s", chunk.size(),
                            settled.found().size(), settled.missing().size(), mayResend ? "created again" : "not confirmed");
                    if (settled.missing().isEmpty()) {
                        return Uni.createFrom().item(settled.found());
                    }
                    Uni<List<Outcome>> rest = mayResend ? attempt(request, url, settled.missing(), false)
                            : Uni.createFrom().item(settled.missing().stream().map(p -> Outcome.failed(p.index(),
                                    LookupError.of(AccountSubscriptions.stillUnknown()))).toList());
                    return rest.map(more -> {
                        List<Outcome> joined = new ArrayList<>(settled.found());
                        joined.addAll(more);
                        return joined;
                    });
                });
    }

    /**
     * Matches inputs with the account's subscriptions. One that no tenant owns (made by a call whose answer was lost)
     * is adopted; one other tenants own at the same URL is shared: the tenant becomes an owner with its own signal
     * types and name, and Lusha's subscription is widened to deliver them too; one this tenant owns already, or one
     * delivered to another URL, is {@code DUPLICATE_SUBSCRIPTION}. Inputs with none are returned as missing.
     */
    private Uni<Settled> settle(GatewayRequest request, String url, List<Planned> inputs, List<Subscription> all) {
        Map<String, Subscription> byEntity = new HashMap<>();
        all.stream().filter(s -> !s.signalTypes().contains(OPT_OUT_TYPE))
                .forEach(s -> byEntity.putIfAbsent(entityKey(s.entityType(), s.entityId()), s));
        List<String> foundIds = inputs.stream().map(p -> byEntity.get(key(p.item()))).filter(s -> s != null)
                .map(Subscription::id).distinct().toList();
        return ownership.owners(foundIds).flatMap(owners -> {
            List<Planned> missing = new ArrayList<>();
            List<Uni<Outcome>> found = new ArrayList<>();
            for (Planned p : inputs) {
                Subscription subscription = byEntity.get(key(p.item()));
                if (subscription == null) {
                    missing.add(p);
                    continue;
                }
                List<Owner> of = owners.getOrDefault(subscription.id(), List.of());
                if (!url.equals(subscription.url())) {
                    found.add(Uni.createFrom().item(Outcome.failed(p.index(), LookupError.of(elsewhere()))));
                } else if (of.isEmpty()) {
                    found.add(Uni.createFrom().item(Outcome.created(p.index(), subscription)));
                } else if (of.stream().anyMatch(o -> o.tenant().equals(request.tenant()))) {
                    found.add(Uni.createFrom().item(Outcome.failed(p.index(), LookupError.of(
                            GatewayException.of(ErrorCode.DUPLICATE_SUBSCRIPTION, "This tenant already has "
                                    + "subscription '" + subscription.id() + "' to this entity")))));
                } else {
                    found.add(join(request, p, subscription));
                }
            }
            Uni<List<Outcome>> settled = found.isEmpty() ? Uni.createFrom().item(List.of())
                    : Uni.join().all(found).andFailFast();
            return settled.map(outcomes -> new Settled(outcomes, missing));
        });
    }

    // Widens Lusha's subscription when the tenant asks for types it does not deliver, then records the tenant.
    private Uni<Outcome> join(GatewayRequest request, Planned p, Subscription subscription) {
        List<String> asked = p.item().signalTypes();
        Owner view = new Owner(request.tenant(), true, asked, p.item().name());
        Uni<Subscription> widened = SharedTypes.covers(subscription.signalTypes(), asked)
                ? Uni.createFrom().item(subscription)
                : Counted.call(request.cost(), client.updateSubscription(request.account(), subscription.id(),
                        new UpdateSubscriptionRequest(SharedTypes.union(subscription.signalTypes(), asked), null,
                                null, null, null)));
        return widened.flatMap(lusha -> ownership.join(lusha.id(), view, subscription.signalTypes(),
                subscription.name()).replaceWith(Outcome.shared(p.index(), lusha, view)))
                .onFailure().recoverWithItem(failure -> Outcome.failed(p.index(), ItemErrors.of(failure)));
    }

    private static GatewayException duplicate() {
        return GatewayException.of(ErrorCode.DUPLICATE_SUBSCRIPTION, "The Lusha account already has a subscription "
                + "to this entity");
    }

    private static GatewayException elsewhere() {
        return GatewayException.of(ErrorCode.DUPLICATE_SUBSCRIPTION, "The Lusha account delivers this entity's "
                + "events to another url, and allows one subscription per entity");
    }

    private static String key(CreateSubscriptionsRequest.Item item) {
        return entityKey(item.entityType(), item.entityId());
    }

    static String entityKey(String entityType, String entityId) {
        return entityType + ":" + entityId;
    }

    // Without an owner a subscription's events reach nobody, so one that cannot be owned is taken back. Shared ones
    // were recorded when the tenant joined.
    private Uni<List<Outcome>> own(GatewayRequest request, List<Outcome> sent) {
        List<String> ids = sent.stream().filter(o -> o.created() != null && o.view() == null)
                .map(o -> o.created().id()).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(sent);
        }
        return ownership.record(ids, request.tenant()).replaceWith(sent)
                .onFailure().recoverWithUni(failure -> undo(request, ids).replaceWith(sent.stream()
                        .map(o -> o.created() == null || o.view() != null ? o
                                : Outcome.failed(o.index(), ItemErrors.of(failure)))
                        .toList()));
    }

    private Uni<Void> undo(GatewayRequest request, List<String> ids) {
        List<Uni<Void>> deletes = chunks(ids).stream()
                .map(chunk -> Counted.call(request.cost(), client.deleteSubscriptions(request.account(), chunk))
                        .replaceWithVoid()
                        .onFailure().invoke(f -> Log.warnf("Subscriptions %s have no owner and could not be "
                                + "deleted from Lusha; delete them by hand", chunk))
                        .onFailure().recoverWithNull())
                .toList();
        return Uni.join().all(deletes).andFailFast().replaceWithVoid();
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += LUSHA_BATCH) {
            chunks.add(items.subList(from, Math.min(items.size(), from + LUSHA_BATCH)));
        }
        return chunks;
    }

    private static List<WebhookSubscriptionResult> results(Outcome[] outcomes) {
        return Arrays.stream(outcomes).map(o -> o.created() != null
                ? WebhookSubscriptionResult.created(WebhookSubscription.of(o.created(), o.view()))
                : WebhookSubscriptionResult.failed(o.error())).toList();
    }

    private record Planned(int index, String url, CreateSubscriptionsRequest.Item item) {
    }

    /** What happened to one input; {@code view} is set when the tenant shares an existing subscription. */
    private record Outcome(int index, Subscription created, LookupError error, Owner view) {

        static Outcome created(int index, Subscription subscription) {
            return new Outcome(index, subscription, null, null);
        }

        static Outcome shared(int index, Subscription subscription, Owner view) {
            return new Outcome(index, subscription, null, view);
        }

        static Outcome failed(int index, LookupError error) {
            return new Outcome(index, null, error, null);
        }
    }

    /** Inputs matched with the account's subscriptions, and those with none. */
    private record Settled(List<Outcome> found, List<Planned> missing) {
    }
}
