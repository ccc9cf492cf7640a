package io.lushagraph.simulator.webhook;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.signal.SimulatorToday;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Universe;

/**
 * What the admin API makes happen in the webhook world: a signal delivered to the matching active subscriptions
 * (one credit each), a contact's opt-out delivered to the opt-out subscription, and a clean slate for tests.
 */
@Singleton
public class WebhookAdmin {

    private final SimulatorUniverse universe;
    private final SimulatorToday today;
    private final Billing billing;
    private final HookBook book;
    private final AuditLog audit;
    private final Deliveries deliveries;
    private final OptOutRegistry optOuts;
    private final JsonBodies bodies;

    public WebhookAdmin(SimulatorUniverse universe, SimulatorToday today, Billing billing, HookBook book,
            AuditLog audit, Deliveries deliveries, OptOutRegistry optOuts, JsonBodies bodies) {
        this.universe = universe;
        this.today = today;
        this.billing = billing;
        this.book = book;
        this.audit = audit;
        this.deliveries = deliveries;
        this.optOuts = optOuts;
        this.bodies = bodies;
    }

    /** {@code POST /_admin/signals}: an entity's signal, as Lusha would emit it. */
    public record SignalRequest(String entityType, String entityId, String type) {
    }

    /** {@code POST /_admin/opt-out}: a contact opts out; unless {@code keepServing}, their datapoints go dark. */
    public record OptOutRequest(String contactId, Boolean keepServing) {
    }

    /** What was sent: how many subscriptions got a delivery, and the payloads. */
    public record Sent(int subscriptions, List<Object> payloads) {
    }

    public Sent signal(String body) {
        SignalRequest request = bodies.read(body, SignalRequest.class);
        String kind = request.entityType();
        if (!SignalKinds.isEntityType(kind)) {
            throw RequestRejected.validation("entityType must be one of: contact, company");
        }
        if (request.type() == null || !SignalKinds.of(kind).contains(request.type())) {
            throw RequestRejected.validation("type must be a " + kind + " signal type");
        }
        Universe world = universe.get();
        int index = find(kind, request.entityId()).orElseThrow(
                () -> RequestRejected.validation("Unknown " + kind + " '" + request.entityId() + "'"));
        List<Object> payloads = new ArrayList<>();
        for (Hook hook : book.all()) {
            if (hook.wants(request.type(), kind, request.entityId())) {
                String id = UUID.randomUUID().toString();
                Object data = kind.equals(SignalKinds.CONTACT)
                        ? SignalData.contact(world, world.person(index), request.type(), today.get())
                        : SignalData.company(world.company(index), request.type(), today.get(),
                                Long.toString(Math.floorMod(UUID.fromString(id).getLeastSignificantBits(), 1L << 40)));
                WebhookWire.Payload payload = new WebhookWire.Payload(id, request.type(), kind, request.entityId(),
                        hook.id(), data, Stamps.iso(book.now()), new WebhookWire.Billing(1));
                billing.chargeOutright(1);
                deliveries.start(hook, id, payload, id);
                payloads.add(payload);
            }
        }
        return new Sent(payloads.size(), payloads);
    }

    public Sent optOut(String body) {
        OptOutRequest request = bodies.read(body, OptOutRequest.class);
        int index = find(SignalKinds.CONTACT, request.contactId()).orElseThrow(
                () -> RequestRejected.validation("Unknown contact '" + request.contactId() + "'"));
        Universe world = universe.get();
        Person person = world.person(index);
        List<Object> payloads = new ArrayList<>();
        book.optOutHook().filter(Hook::active).ifPresent(hook -> {
            WebhookWire.OptOutPayload payload = optOutPayload(world, person);
            deliveries.start(hook, UUID.randomUUID().toString(), payload, null);
            payloads.add(payload);
        });
        if (!Boolean.TRUE.equals(request.keepServing())) {
            optOuts.hide(person.personId());
        }
        return new Sent(payloads.size(), payloads);
    }

    private WebhookWire.OptOutPayload optOutPayload(Universe world, Person person) {
        List<WebhookWire.Datapoint> datapoints = new ArrayList<>();
        person.phones().forEach(phone -> datapoints.add(new WebhookWire.Datapoint(phone.number(), "phone")));
        if (person.hasEmail()) {
            datapoints.add(new WebhookWire.Datapoint(person.email(), "email"));
        }
        Instant exposed = person.updateDate().atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
        return new WebhookWire.OptOutPayload(Long.toString(person.personId()), person.fullName(),
                world.company(person.companyIndex()).name(), person.role().title(), person.linkedinUrl(),
                Stamps.optOut(book.now()), Stamps.optOut(exposed), List.copyOf(datapoints), null);
    }

    private OptionalInt find(String kind, String entityId) {
        long id;
        try {
            id = Long.parseLong(entityId == null ? "" : entityId.trim());
        } catch (NumberFormatException notAnId) {
            return OptionalInt.empty();
        }
        Universe world = universe.get();
        return kind.equals(SignalKinds.CONTACT) ? world.personById(id) : world.companyById(id);
    }

    /** Forgets every subscription, the secret, the audit log and the opt-outs. */
    public void reset() {
        book.clear();
        audit.clear();
        optOuts.clear();
    }
}
