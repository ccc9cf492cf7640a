package io.lushagraph.simulator.prospecting;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.billing.CreditLedger;
import io.lushagraph.simulator.billing.RevealKey;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Phone;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code POST /prospecting/contact/enrich}: reveals rows of one contact search. Only emails when only
 * {@code revealEmails} is true, only phones when only {@code revealPhones} is, otherwise both; a contact with nothing
 * to reveal is {@code isSuccess: false} and free, any other costs a credit unless revealed alike within 30 days.
 */
@Singleton
class ContactRevealer {

    private final SimulatorUniverse universe;
    private final SearchSessions sessions;
    private final Billing billing;
    private final CreditLedger ledger;
    private final SimulatorStats stats;
    private final JsonBodies bodies;

    ContactRevealer(SimulatorUniverse universe, SearchSessions sessions, Billing billing, CreditLedger ledger,
            SimulatorStats stats, JsonBodies bodies) {
        this.universe = universe;
        this.sessions = sessions;
        this.billing = billing;
        this.ledger = ledger;
        this.stats = stats;
        this.bodies = bodies;
    }

    SimReply enrich(String body) {
        SearchBodies.ContactEnrich request = bodies.read(body, SearchBodies.ContactEnrich.class);
        SearchSessions.Session session = EnrichChecks.check(sessions, SearchSessions.Kind.CONTACT,
                request.requestId(), "contactIds", request.contactIds());
        stats.recordBatch(SimEndpoint.CONTACT_ENRICH, request.contactIds().size());
        boolean onlyEmails = Boolean.TRUE.equals(request.revealEmails());
        boolean onlyPhones = Boolean.TRUE.equals(request.revealPhones());
        boolean emails = onlyEmails || !onlyPhones;
        boolean phones = onlyPhones || !onlyEmails;
        Universe world = universe.get();
        List<Integer> indexes = EnrichChecks.indexes(session, request.contactIds());
        List<ProspectingWire.ContactResult> results = new ArrayList<>(indexes.size());
        int charged = 0;
        int revealed = 0;
        for (int i = 0; i < indexes.size(); i++) {
            Person person = world.person(indexes.get(i));
            List<Phone> shownPhones = !phones ? List.of()
                    : person.phones().stream().filter(p -> !(session.hideDncPhones() && p.doNotCall())).toList();
            String id = request.contactIds().get(i);
            if (!(emails && person.hasEmail()) && shownPhones.isEmpty()) {
                results.add(new ProspectingWire.ContactResult(id, false, null));
                continue;
            }
            RevealKey key = RevealKey.person(person.personId(), emails, phones);
            boolean shown = ledger.chargedRecently(key);
            charged += billing.charge(key) ? 1 : 0;
            revealed++;
            results.add(new ProspectingWire.ContactResult(id, true, Reveals.contact(person,
                    world.company(person.companyIndex()), emails, shownPhones, shown)));
        }
        return SimReply.ok(new ProspectingWire.ContactEnrichResponse(request.requestId(), results,
                new ProspectingWire.Billing(revealed, charged)));
    }
}
