package io.lushagraph.simulator.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;

/**
 * Creates, deletes and adds the opt-out subscription (Lusha's createSubscription, deleteSubscriptions and
 * createOptOutSubscription).
 */
@Singleton
public class SubscriptionDesk {

    static final int MAX_ITEMS = 25;
    static final int MAX_NAME = 100;
    static final int MAX_ENTITY_ID = 255;
    static final String NO_SECRET = "Account secret not found. Please generate one first.";

    private final HookBook book;
    private final Receivers receivers;
    private final JsonBodies bodies;
    private final SimulatorStats stats;

    public SubscriptionDesk(HookBook book, Receivers receivers, JsonBodies bodies, SimulatorStats stats) {
        this.book = book;
        this.receivers = receivers;
        this.bodies = bodies;
        this.stats = stats;
    }

    SimReply create(String body) {
        WebhookWire.CreateRequest request = bodies.read(body, WebhookWire.CreateRequest.class);
        if (request.defaults() == null) {
            throw RequestRejected.validation("defaults must be an object");
        }
        List<WebhookWire.Item> items = request.subscriptions();
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw RequestRejected.validation("subscriptions must contain between 1 and 25 items");
        }
        if (items.contains(null)) {
            throw RequestRejected.validation("each value in subscriptions must be an object");
        }
        stats.recordBatch(SimEndpoint.SUBSCRIPTIONS_CREATE, items.size());
        requireSecret();
        UrlCheck.verify(request.defaults().url(), receivers);
        List<WebhookWire.ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(createOne(i, request, items.get(i)));
        }
        return new SimReply(201, WebhookWire.BatchResponse.of(results), Map.of());
    }

    private WebhookWire.ItemResult createOne(int index, WebhookWire.CreateRequest request, WebhookWire.Item item) {
        WebhookWire.Defaults defaults = request.defaults();
        String entityType = item.entityType() != null ? item.entityType() : defaults.entityType();
        List<String> types = item.signalTypes() != null ? item.signalTypes() : defaults.signalTypes();
        String name = item.name() != null ? item.name() : request.name();
        Optional<String> problem = problem(entityType, item.entityId(), types, name);
        if (problem.isPresent()) {
            return failure(index, "VALIDATION_ERROR", problem.get());
        }
        return book.addUnlessSubscribed(entityType, item.entityId(), types, defaults.url(), name)
                .map(hook -> new WebhookWire.ItemResult(index, true, hook.wire(), null))
                .orElseGet(() -> failure(index, "DUPLICATE_SUBSCRIPTION", "Subscription already exists for entity type '"
                        + entityType + "' with entity ID '" + item.entityId() + "'"));
    }

    private static Optional<String> problem(String entityType, String entityId, List<String> types, String name) {
        if (!SignalKinds.isEntityType(entityType)) {
            return Optional.of("entityType must be one of: contact, company");
        }
        if (entityId == null || entityId.isBlank() || entityId.length() > MAX_ENTITY_ID) {
            return Optional.of("entityId must be a non-empty string of at most 255 characters");
        }
        if (name != null && name.length() > MAX_NAME) {
            return Optional.of("name must be shorter than or equal to 100 characters");
        }
        return SignalKinds.problem(entityType, types);
    }

    SimReply delete(String body) {
        List<String> ids = bodies.read(body, WebhookWire.DeleteRequest.class).ids();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_ITEMS || ids.contains(null)) {
            throw RequestRejected.validation("ids must contain between 1 and 25 subscription ids");
        }
        stats.recordBatch(SimEndpoint.SUBSCRIPTIONS_DELETE, ids.size());
        List<String> distinct = ids.stream().distinct().toList();
        List<WebhookWire.ItemResult> results = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            String id = distinct.get(i);
            int index = i;
            results.add(book.remove(id)
                    .map(hook -> new WebhookWire.ItemResult(index, true,
                            new WebhookWire.Deleted(hook.id(), hook.entityType(), hook.entityId(), hook.name()), null))
                    .orElseGet(() -> failure(index, "NOT_FOUND", "Subscription with id '" + id + "' not found")));
        }
        return SimReply.ok(WebhookWire.BatchResponse.of(results));
    }

    SimReply optOut(String body) {
        WebhookWire.OptOutRequest request = bodies.read(body, WebhookWire.OptOutRequest.class);
        if (!SignalKinds.CONTACT.equals(request.entityType())) {
            throw RequestRejected.validation("entityType must be one of: contact");
        }
        if (request.name() != null && request.name().length() > MAX_NAME) {
            throw RequestRejected.validation("name must be shorter than or equal to 100 characters");
        }
        requireSecret();
        if (book.optOutHook().isPresent()) {
            throw alreadyOptedIn();
        }
        UrlCheck.verify(request.url(), receivers);
        Hook hook = book.addOptOut(request.url(), request.name()).orElseThrow(SubscriptionDesk::alreadyOptedIn);
        return new SimReply(201, hook.updated(null), Map.of());
    }

    private void requireSecret() {
        if (book.secret().isEmpty()) {
            throw new RequestRejected(SimReply.error(400, NO_SECRET));
        }
    }

    private static RequestRejected alreadyOptedIn() {
        return new RequestRejected(SimReply.error(403, "An opt-out subscription already exists for this account"));
    }

    private static WebhookWire.ItemResult failure(int index, String code, String message) {
        return new WebhookWire.ItemResult(index, false, null, new WebhookWire.ItemError(code, message));
    }
}
