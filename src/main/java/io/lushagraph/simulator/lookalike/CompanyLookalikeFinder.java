package io.lushagraph.simulator.lookalike;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.gate.ErrorBody;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.lookalike.LookalikeRequests.CompanyIdentifiers;
import io.lushagraph.simulator.lookalike.LookalikeRequests.CompanyLookalikes;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code POST /v3/lookalike/companies} (Lusha's getCompanyLookalikes): companies like the seeds, a page per call, never
 * one
 * returned earlier in the same {@code dedupeSessionId}; a credit per returned company.
 */
@Singleton
public class CompanyLookalikeFinder {

    private static final SimEndpoint ENDPOINT = SimEndpoint.COMPANY_LOOKALIKES;

    private final SimulatorUniverse universe;
    private final LookalikeSessions sessions;
    private final LookalikeBodies bodies;
    private final Billing billing;
    private final SimulatorStats stats;

    public CompanyLookalikeFinder(SimulatorUniverse universe, LookalikeSessions sessions, LookalikeBodies bodies,
            Billing billing, SimulatorStats stats) {
        this.universe = universe;
        this.sessions = sessions;
        this.bodies = bodies;
        this.billing = billing;
        this.stats = stats;
    }

    SimReply find(String body) {
        CompanyLookalikes request = bodies.read(body, CompanyLookalikes.class);
        validate(request);
        LookalikeSession session = sessions.openOrResume(ENDPOINT, request.dedupeSessionId())
                .orElseThrow(() -> new RequestRejected(new SimReply(410, new ErrorBody(410,
                        ContactLookalikeFinder.SESSION_INVALID, List.of("DEDUPE_SESSION_INVALID")), Map.of())));
        stats.recordBatch(ENDPOINT, request.seeds().count());
        Universe world = universe.get();
        LookalikeSession.Page page = session.next(
                CompanySimilarity.rank(world, Identities.companies(world, request.seeds())),
                Identities.companies(world, request.exclude()), request.limit() == null ? 25 : request.limit());
        billing.chargeOutright(page.results().size());
        List<LookalikeWire.Company> results = page.results().stream()
                .map(index -> LookalikeMapper.company(world.company(index))).toList();
        return SimReply.ok(new LookalikeWire.CompanyLookalikes(session.id(), results,
                new LookalikeWire.Meta(results.size(), page.hasMore()), results.size()));
    }

    private static void validate(CompanyLookalikes request) {
        Problems problems = new Problems();
        problems.uuid("dedupeSessionId", request.dedupeSessionId());
        problems.limit(request.limit(), 100);
        if (request.seeds() == null || request.seeds().count() == 0) {
            problems.add("seeds must include at least one of domains, linkedinUrls");
        }
        check(problems, "seeds", request.seeds());
        check(problems, "exclude", request.exclude());
        problems.rejectIfAny();
    }

    private static void check(Problems problems, String field, CompanyIdentifiers ids) {
        if (ids != null) {
            problems.maxItems(field + ".domains", ids.domains());
            problems.maxItems(field + ".linkedinUrls", ids.linkedinUrls());
            problems.noBlanks(field + ".domains", ids.domains());
            problems.noBlanks(field + ".linkedinUrls", ids.linkedinUrls());
        }
    }
}
