package io.lushagraph.simulator.prospecting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.CreditLedger;
import io.lushagraph.simulator.billing.RevealKey;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code POST /prospecting/contact/search}: the people matching both the contact and the company filters,
 * in universe order, one page of them with a row id valid only with this search's {@code requestId}. Free.
 */
@Singleton
class ContactSearcher {

    private final SimulatorUniverse universe;
    private final Prospects prospects;
    private final SearchSessions sessions;
    private final CreditLedger ledger;
    private final JsonBodies bodies;

    ContactSearcher(SimulatorUniverse universe, Prospects prospects, SearchSessions sessions, CreditLedger ledger,
            JsonBodies bodies) {
        this.universe = universe;
        this.prospects = prospects;
        this.sessions = sessions;
        this.ledger = ledger;
        this.bodies = bodies;
    }

    SimReply search(String body) {
        SearchBodies.ContactSearch request = bodies.read(body, SearchBodies.ContactSearch.class);
        Paging paging = Paging.of(request.pages());
        if (request.filters() == null) {
            throw RequestRejected.validation("filters must be an object");
        }
        Universe world = universe.get();
        SearchBodies.Group<SearchBodies.ContactCriteria> contacts = request.filters().contacts();
        Criteria.Rules<Prospect> include = ContactRules.of(contacts == null ? null : contacts.include(),
                "filters.contacts.include", world);
        Criteria.Rules<Prospect> exclude = ContactRules.of(contacts == null ? null : contacts.exclude(),
                "filters.contacts.exclude", world);
        BitSet companies = CompanyRules.select(world, request.filters().companies(), "filters.companies");
        boolean partialToo = !Boolean.FALSE.equals(request.includePartialContact());
        boolean excludeDnc = Boolean.TRUE.equals(request.excludeDnc());
        long total = 0;
        List<Prospect> page = new ArrayList<>(paging.size());
        for (Prospect p : prospects.all()) {
            if (companies.get(p.companyIndex()) && (partialToo || !p.partial()) && !(excludeDnc && p.onlyDncPhones())
                    && include.all(p) && !exclude.any(p)) {
                if (paging.holds(total)) {
                    page.add(p);
                }
                total++;
            }
        }
        return SimReply.ok(answer(world, paging, total, page, excludeDnc));
    }

    private ProspectingWire.SearchResponse<ProspectingWire.ContactRow> answer(Universe world, Paging paging,
            long total, List<Prospect> page, boolean excludeDnc) {
        String requestId = SearchSessions.newRequestId();
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<ProspectingWire.ContactRow> rows = new ArrayList<>(page.size());
        for (Prospect p : page) {
            String contactId = UUID.nameUUIDFromBytes((requestId + "/" + p.personId())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            ids.put(contactId, p.index());
            rows.add(Rows.contact(contactId, shown(p), p, world.company(p.companyIndex())));
        }
        sessions.remember(requestId, new SearchSessions.Session(SearchSessions.Kind.CONTACT, ids, excludeDnc));
        return new ProspectingWire.SearchResponse<>(requestId, paging.page(), rows.size(), total, rows,
                new ProspectingWire.Billing(rows.size(), 0));
    }

    /** Lusha's {@code isShown}: someone on the account revealed the contact within the last 30 days. */
    private boolean shown(Prospect p) {
        return ledger.chargedRecently(RevealKey.person(p.personId(), true, true))
                || ledger.chargedRecently(RevealKey.person(p.personId(), true, false))
                || ledger.chargedRecently(RevealKey.person(p.personId(), false, true));
    }
}
