package io.lushagraph.simulator.enrich;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.signal.InlineSignals;
import io.lushagraph.simulator.signal.SignalDesk;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Universe;
import io.lushagraph.simulator.webhook.OptOutRegistry;

/**
 * Answers {@code GET} and {@code POST /v2/person}: match, apply the reveal flags, charge, render without the
 * datapoints of contacts who opted out, and add the signals asked for inline.
 */
@Singleton
public class PersonEnricher {

    private final SimulatorUniverse universe;
    private final Billing billing;
    private final SimulatorStats stats;
    private final JsonBodies bodies;
    private final SignalDesk signals;
    private final OptOutRegistry optOuts;

    public PersonEnricher(SimulatorUniverse universe, Billing billing, SimulatorStats stats, JsonBodies bodies,
            SignalDesk signals, OptOutRegistry optOuts) {
        this.universe = universe;
        this.billing = billing;
        this.stats = stats;
        this.bodies = bodies;
        this.signals = signals;
        this.optOuts = optOuts;
    }

    SimReply single(PersonQueryParser.Query query) {
        return SimReply.ok(new PersonWire.SingleContactResponse(
                enrich(universe.get(), query.identifiers(), query.reveal(), query.signals(), true).result()));
    }

    SimReply bulk(String body) {
        BulkPersonParser.Parsed parsed = BulkPersonParser.parse(bodies.read(body, BulkPersonRequest.class));
        stats.recordBatch(SimEndpoint.PERSON_BULK, parsed.items().size());
        Universe world = universe.get();
        Map<String, PersonWire.ContactResult> contacts = new LinkedHashMap<>();
        Map<String, CompanyParts.CompanyResponse> companies = new LinkedHashMap<>();
        for (BulkPersonParser.Item item : parsed.items()) {
            Outcome outcome = enrich(world, item.identifiers(), parsed.reveal(), parsed.signals(), false);
            contacts.put(item.contactId(), outcome.result());
            if (outcome.company() != null) {
                companies.computeIfAbsent(Long.toString(outcome.company().id()),
                        id -> CompanyMapper.embedded(outcome.company()));
            }
        }
        return SimReply.ok(new PersonWire.BulkContactResponse(contacts, companies));
    }

    private Outcome enrich(Universe world, PersonIdentifiers ids, Reveal reveal, InlineSignals asked,
            boolean embedCompany) {
        OptionalInt index = PersonMatcher.match(world, ids);
        if (index.isEmpty()) {
            return Outcome.EMPTY;
        }
        Person person = world.person(index.getAsInt());
        if (!reveal.admits(person)) {
            return Outcome.EMPTY;
        }
        boolean charged = billing.charge(reveal.key(person));
        Company company = world.company(person.companyIndex());
        PersonWire.Contact contact = ContactMapper.contact(optOuts.servable(person), company, reveal, embedCompany)
                .withSignals(signals.inline(person, asked));
        return new Outcome(new PersonWire.ContactResult(null, charged, contact), company);
    }

    /** A contact's result and, when found, its company. */
    private record Outcome(PersonWire.ContactResult result, Company company) {

        static final Outcome EMPTY = new Outcome(PersonWire.ContactResult.EMPTY, null);
    }
}
