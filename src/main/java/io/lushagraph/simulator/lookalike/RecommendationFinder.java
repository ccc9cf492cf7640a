package io.lushagraph.simulator.lookalike;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.lookalike.LookalikeRequests.CompanyRecommendations;
import io.lushagraph.simulator.lookalike.LookalikeRequests.CompanySeed;
import io.lushagraph.simulator.lookalike.LookalikeRequests.ContactRecommendations;
import io.lushagraph.simulator.lookalike.LookalikeRequests.ContactSeed;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers the legacy recommendations (getContactRecommendations and its company twin): people or companies like the seeds, at
 * most 25 per call;
 * passing the previous {@code requestId} returns the next batch, never one returned before under that id. A credit
 * per returned result.
 */
@Singleton
public class RecommendationFinder {

    static final int MAX_LIMIT = 25;
    static final String REQUEST_INVALID = "The provided requestId is invalid or expired. Send the request without "
            + "requestId to start over.";

    private final SimulatorUniverse universe;
    private final ContactSimilarity similarity;
    private final LookalikeSessions sessions;
    private final LookalikeBodies bodies;
    private final Billing billing;
    private final SimulatorStats stats;

    public RecommendationFinder(SimulatorUniverse universe, ContactSimilarity similarity, LookalikeSessions sessions,
            LookalikeBodies bodies, Billing billing, SimulatorStats stats) {
        this.universe = universe;
        this.similarity = similarity;
        this.sessions = sessions;
        this.bodies = bodies;
        this.billing = billing;
        this.stats = stats;
    }

    SimReply contacts(String body) {
        ContactRecommendations request = bodies.read(body, ContactRecommendations.class);
        Problems problems = common(request.requestId(), request.limit(), "contacts", request.contacts());
        List<ContactSeed> seeds = request.contacts() == null ? List.of() : request.contacts();
        for (int i = 0; i < seeds.size(); i++) {
            ContactSeed seed = seeds.get(i);
            numericId(problems, "contacts." + i + ".personId", seed == null ? null : seed.personId());
            numericId(problems, "contacts." + i + ".companyId", seed == null ? null : seed.companyId());
        }
        problems.rejectIfAny();
        LookalikeSession session = session(SimEndpoint.CONTACT_RECOMMENDATIONS, request.requestId(), seeds.size());
        Universe world = universe.get();
        Set<Integer> found = find(world, seeds.stream().map(ContactSeed::personId).toList(), Identities::personById);
        LookalikeSession.Page page = session.next(similarity.rank(found),
                find(world, excluded(request.exclude(), "personId"), Identities::personById), limit(request.limit()));
        billing.chargeOutright(page.results().size());
        return SimReply.ok(new LookalikeWire.ContactRecommendations(
                page.results().stream().map(i -> LookalikeMapper.recommendedContact(world, i)).toList(),
                session.id(), page.results().size(), page.results().size()));
    }

    SimReply companies(String body) {
        CompanyRecommendations request = bodies.read(body, CompanyRecommendations.class);
        Problems problems = common(request.requestId(), request.limit(), "companies", request.companies());
        List<CompanySeed> seeds = request.companies() == null ? List.of() : request.companies();
        for (int i = 0; i < seeds.size(); i++) {
            numericId(problems, "companies." + i + ".companyId", seeds.get(i) == null ? null : seeds.get(i).companyId());
        }
        problems.rejectIfAny();
        LookalikeSession session = session(SimEndpoint.COMPANY_RECOMMENDATIONS, request.requestId(), seeds.size());
        Universe world = universe.get();
        Set<Integer> found = find(world, seeds.stream().map(CompanySeed::companyId).toList(),
                Identities::companyById);
        LookalikeSession.Page page = session.next(CompanySimilarity.rank(world, found),
                find(world, excluded(request.exclude(), "companyId"), Identities::companyById),
                limit(request.limit()));
        billing.chargeOutright(page.results().size());
        return SimReply.ok(new LookalikeWire.CompanyRecommendations(
                page.results().stream().map(i -> LookalikeMapper.recommendedCompany(world.company(i))).toList(),
                session.id(), page.results().size(), page.results().size()));
    }

    private static Problems common(String requestId, Integer limit, String field, List<?> seeds) {
        Problems problems = new Problems();
        problems.limit(limit, MAX_LIMIT);
        if (requestId != null && requestId.isBlank()) {
            problems.add("requestId should not be empty");
        }
        if (seeds == null || seeds.isEmpty()) {
            problems.add(field + " must contain at least 1 elements");
        }
        problems.maxItems(field, seeds);
        return problems;
    }

    private LookalikeSession session(SimEndpoint endpoint, String requestId, int seeds) {
        LookalikeSession session = sessions.openOrResume(endpoint, requestId)
                .orElseThrow(() -> new RequestRejected(SimReply.error(410, REQUEST_INVALID)));
        stats.recordBatch(endpoint, seeds);
        return session;
    }

    private static void numericId(Problems problems, String path, String id) {
        if (Problems.blank(id)) {
            problems.add(path + " should not be empty");
        } else if (Identities.numeric(id) == null) {
            problems.add(path + " must be a numeric string");
        }
    }

    /** The ids of {@code exclude}: bare ids, or objects holding the id under {@code field}. */
    private static List<String> excluded(List<JsonNode> exclude, String field) {
        if (exclude == null) {
            return List.of();
        }
        return exclude.stream().filter(node -> node != null)
                .map(node -> node.isObject() ? node.path(field).asText(null) : node.asText(null)).toList();
    }

    private static Set<Integer> find(Universe world, List<String> ids,
            BiFunction<Universe, String, OptionalInt> finder) {
        Set<Integer> found = new LinkedHashSet<>();
        ids.stream().map(id -> finder.apply(world, id)).filter(OptionalInt::isPresent)
                .forEach(i -> found.add(i.getAsInt()));
        return found;
    }

    private static int limit(Integer limit) {
        return limit == null ? MAX_LIMIT : limit;
    }
}
