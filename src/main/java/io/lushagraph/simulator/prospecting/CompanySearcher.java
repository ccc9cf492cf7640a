package io.lushagraph.simulator.prospecting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code POST /prospecting/company/search}: the companies matching the filters, in universe order, one
 * page of them. Row ids are Lusha company ids, valid for enrichment only with this search's {@code requestId}. Free.
 */
@Singleton
class CompanySearcher {

    private final SimulatorUniverse universe;
    private final SearchSessions sessions;
    private final JsonBodies bodies;

    CompanySearcher(SimulatorUniverse universe, SearchSessions sessions, JsonBodies bodies) {
        this.universe = universe;
        this.sessions = sessions;
        this.bodies = bodies;
    }

    SimReply search(String body) {
        SearchBodies.CompanySearch request = bodies.read(body, SearchBodies.CompanySearch.class);
        Paging paging = Paging.of(request.pages());
        if (request.filters() == null) {
            throw RequestRejected.validation("filters must be an object");
        }
        Universe world = universe.get();
        BitSet selected = CompanyRules.select(world, request.filters().companies(), "filters.companies");
        String requestId = SearchSessions.newRequestId();
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<ProspectingWire.CompanyRow> rows = new ArrayList<>(paging.size());
        long position = 0;
        for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1), position++) {
            if (paging.holds(position)) {
                Company company = world.company(i);
                ids.put(Long.toString(company.id()), i);
                rows.add(Rows.company(company));
            }
        }
        sessions.remember(requestId, new SearchSessions.Session(SearchSessions.Kind.COMPANY, ids, false));
        return SimReply.ok(new ProspectingWire.SearchResponse<>(requestId, paging.page(), rows.size(),
                selected.cardinality(), rows, new ProspectingWire.Billing(rows.size(), 0)));
    }
}
