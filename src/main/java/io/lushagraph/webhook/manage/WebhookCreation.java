package io.lushagraph.webhook.manage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.common.LookupError;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.webhook.WebhookClient;
import io.lushagraph.webhook.WebhookSecret;
import io.lushagraph.webhook.wire.CreateOptOutSubscriptionRequest;
import io.lushagraph.webhook.wire.CreateSubscriptionsRequest;
import io.lushagraph.webhook.wire.Subscription;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Creates webhook subscriptions for a tenant: checks each input, makes sure the account has a signing secret, sends
 * the valid ones to Lusha 25 per call (one call per delivery URL), and records the tenant as owner of each one
 * created. A subscription whose owner cannot be recorded is deleted again, so none is left that no tenant owns.
 */
@ApplicationScoped
public class WebhookCreation {

    static final int LUSHA_BATCH = 25;

    private final WebhookClient client;
    private final WebhookSecret secret;
    private final Ownership ownership;
    private final ReceiverUrl receiver;
    private final int maxBatch;

    public WebhookCreation(WebhookClient client, WebhookSecret secret, Ownership ownership, ReceiverUrl receiver,
            GatewayConfig config) {
        this.client = client;
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
                .flatMap(ready -> Counted.call(request.cost(), client.createOptOutSubscription(request.account(), body)))
                .onFailure(GatewayException.UpstreamUnauthorized.class).transform(WebhookCreation::alreadyThere)
                .flatMap(created -> ownership.record(List.of(created.id()), request.tenant())
                        .onFailure().call(failure -> undo(request, List.of(created.id())))
                        .replaceWith(WebhookSubscription.of(created)));
    }

    // Lusha answers 403 both for a plan without opt-outs and for a second opt-out subscription; tell them apart.
    private static Throwable alreadyThere(Throwable forbidden) {
        return forbidden instanceof GatewayException refused && refused.upstreamMessage() != null
                && refused.upstreamMessage().contains("already exists")
                        ? GatewayException.of(ErrorCode.DUPLICATE_SUBSCRIPTION, "The account already has an opt-out "
                                + "subscription; there can be only one")
                        : forbidden;
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
        CreateSubscriptionsRequest body = new CreateSubscriptionsRequest(
                new CreateSubscriptionsRequest.Defaults(url, null, null), null,
                chunk.stream().map(Planned::item).toList());
        return Counted.call(request.cost(), client.createSubscriptions(request.account(), body))
                .map(response -> {
                    Outcome[] out = new Outcome[chunk.size()];
                    response.results().stream().filter(r -> r.index() != null && r.index() >= 0
                            && r.index() < chunk.size()).forEach(r -> {
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
                })
                .onFailure().recoverWithItem(failure -> chunk.stream()
                        .map(p -> Outcome.failed(p.index(), ItemErrors.of(failure))).toList());
    }

    // Without an owner a subscription's events reach nobody, so one that cannot be owned is taken back.
    private Uni<List<Outcome>> own(GatewayRequest request, List<Outcome> sent) {
        List<String> ids = sent.stream().filter(o -> o.created() != null).map(o -> o.created().id()).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(sent);
        }
        return ownership.record(ids, request.tenant()).replaceWith(sent)
                .onFailure().recoverWithUni(failure -> undo(request, ids).replaceWith(sent.stream()
                        .map(o -> o.created() == null ? o : Outcome.failed(o.index(), ItemErrors.of(failure)))
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
                ? WebhookSubscriptionResult.created(WebhookSubscription.of(o.created()))
                : WebhookSubscriptionResult.failed(o.error())).toList();
    }

    private record Planned(int index, String url, CreateSubscriptionsRequest.Item item) {
    }

    private record Outcome(int index, Subscription created, LookupError error) {

        static Outcome created(int index, Subscription subscription) {
            return new Outcome(index, subscription, null);
        }

        static Outcome failed(int index, LookupError error) {
            return new Outcome(index, null, error);
        }
    }
}
