package io.lushagraph.simulator.prospecting;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.billing.RevealKey;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code POST /prospecting/company/enrich}: reveals rows of one company search (ids under Lusha's key
 * {@code companiesIds}), a credit each unless the company was revealed within 30 days.
 */
@Singleton
class CompanyRevealer {

    private final SimulatorUniverse universe;
    private final SearchSessions sessions;
    private final Billing billing;
    private final SimulatorStats stats;
    private final JsonBodies bodies;

    CompanyRevealer(SimulatorUniverse universe, SearchSessions sessions, Billing billing, SimulatorStats stats,
            JsonBodies bodies) {
        this.universe = universe;
        this.sessions = sessions;
        this.billing = billing;
        this.stats = stats;
        this.bodies = bodies;
    }

    SimReply enrich(String body) {
        SearchBodies.CompanyEnrich request = bodies.read(body, SearchBodies.CompanyEnrich.class);
        SearchSessions.Session session = EnrichChecks.check(sessions, SearchSessions.Kind.COMPANY,
                request.requestId(), "companiesIds", request.companiesIds());
        stats.recordBatch(SimEndpoint.COMPANY_ENRICH, request.companiesIds().size());
        Universe world = universe.get();
        List<ProspectingWire.Company> companies = new ArrayList<>();
        int charged = 0;
        for (int index : EnrichChecks.indexes(session, request.companiesIds())) {
            Company company = world.company(index);
            charged += billing.charge(RevealKey.company(company.id())) ? 1 : 0;
            companies.add(Reveals.company(company));
        }
        return SimReply.ok(new ProspectingWire.CompanyEnrichResponse(request.requestId(), companies,
                new ProspectingWire.Billing(companies.size(), charged)));
    }
}
