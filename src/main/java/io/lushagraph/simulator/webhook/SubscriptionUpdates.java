package io.lushagraph.simulator.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimReply;

/** Updates a subscription and runs its test deliveries (Lusha's updateSubscription and testSubscription). */
@Singleton
public class SubscriptionUpdates {

    private static final List<String> MODES = List.of("direct", "kafka", "full");

    private final HookBook book;
    private final Receivers receivers;
    private final JsonBodies bodies;

    public SubscriptionUpdates(HookBook book, Receivers receivers, JsonBodies bodies) {
        this.book = book;
        this.receivers = receivers;
        this.bodies = bodies;
    }

    SimReply update(String id, String body) {
        WebhookWire.UpdateRequest request = bodies.read(body, WebhookWire.UpdateRequest.class);
        Optional<Hook> found = book.get(id);
        if (found.isEmpty()) {
            return AccountViews.notFound();
        }
        Hook hook = found.get();
        if (request.signalTypes() != null) {
            (hook.optOut() ? optOutTypes(request.signalTypes())
                    : SignalKinds.problem(hook.entityType(),
                            request.signalTypes()))
                    .ifPresent(problem -> {
                        throw RequestRejected.validation(problem);
                    });
        }
        if (request.name() != null && request.name().length() > SubscriptionDesk.MAX_NAME) {
            throw RequestRejected.validation("name must be shorter than or equal to 100 characters");
        }
        if (request.url() != null && !request.url().equals(hook.url())) {
            UrlCheck.verify(request.url(), receivers);
        }
        String secret = Boolean.TRUE.equals(request.regenerateSecret()) ? book.regenerateSecret() : null;
        Instant now = book.now();
        return book.update(id, current -> apply(current, request, now))
                .map(updated -> SimReply.ok(updated.updated(secret))).orElseGet(AccountViews::notFound);
    }

    private static Optional<String> optOutTypes(List<String> types) {
        return types.equals(List.of(Hook.OPT_OUT)) ? Optional.empty()
                : Optional.of("signalTypes of an opt-out subscription must be [\"optOut\"]");
    }

    private static Hook apply(Hook hook, WebhookWire.UpdateRequest change, Instant now) {
        boolean active = change.isActive() != null ? change.isActive() : hook.active();
        boolean reactivated = Boolean.TRUE.equals(change.isActive());
        return new Hook(hook.id(), hook.entityType(), hook.entityId(),
                change.signalTypes() != null ? List.copyOf(change.signalTypes()) : hook.signalTypes(),
                change.url() != null ? change.url() : hook.url(), change.name() != null ? change.name() : hook.name(),
                active, reactivated ? null : hook.blockReason(), reactivated ? null : hook.blockedAt(),
                hook.createdAt(), now);
    }

    /** {@code direct} checks the URL with a challenge, {@code kafka} only builds the payload, {@code full} delivers it. */
    SimReply test(String id, String mode) {
        String chosen = mode == null || mode.isBlank() ? "full" : mode;
        if (!MODES.contains(chosen)) {
            throw RequestRejected.validation("mode must be one of: direct, kafka, full");
        }
        Optional<Hook> found = book.get(id);
        if (found.isEmpty()) {
            return AccountViews.notFound();
        }
        Hook hook = found.get();
        String signalType = hook.signalTypes().stream().filter(t -> !t.equals(SignalKinds.ALL_SIGNALS)).findFirst()
                .orElse(SignalKinds.of(hook.entityType()).get(0));
        WebhookWire.TestPayload testPayload = new WebhookWire.TestPayload(hook.entityType(), signalType, Map.of());
        WebhookWire.FlowCheck check = switch (chosen) {
            case "direct" -> flowCheck(receivers.challenge(hook.url()));
            case "full" -> flowCheck(deliverMock(hook, signalType));
            default -> null;
        };
        return SimReply.ok(new WebhookWire.TestResult(hook.id(), hook.name(), hook.url(), chosen, check, testPayload,
                check == null || check.success(), Stamps.iso(book.now())));
    }

    private Attempt deliverMock(Hook hook, String signalType) {
        String payloadId = UUID.randomUUID().toString();
        WebhookWire.Payload payload = new WebhookWire.Payload(payloadId, signalType, hook.entityType(),
                hook.entityId(), hook.id(), Map.of(), Stamps.iso(book.now()), new WebhookWire.Billing(0));
        return receivers.deliver(hook.url(), receivers.bytes(payload), book.secret().orElse(""), payloadId).join();
    }

    private static WebhookWire.FlowCheck flowCheck(Attempt attempt) {
        return new WebhookWire.FlowCheck(attempt.success(), attempt.statusCode(), attempt.durationMs());
    }
}
