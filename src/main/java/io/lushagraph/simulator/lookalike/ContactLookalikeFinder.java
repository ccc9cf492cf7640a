package io.lushagraph.simulator.lookalike;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.lookalike.LookalikeRequests.ContactIdentifiers;
import io.lushagraph.simulator.lookalike.LookalikeRequests.ContactLookalikes;
import io.lushagraph.simulator.lookalike.LookalikeRequests.NamedContact;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code POST /v3/lookalike/contacts} (Lusha's getContactLookalikes): people like the seeds, a page per call, never one
 * returned earlier in the same {@code dedupeSessionId}; a credit per returned person.
 */
@Singleton
public class ContactLookalikeFinder {

    static final String SESSION_INVALID = "The provided dedupeSessionId is invalid or expired. Generate a new request "
            + "without dedupeSessionId to start a fresh run.";

    private static final SimEndpoint ENDPOINT = SimEndpoint.CONTACT_LOOKALIKES;

    private final SimulatorUniverse universe;
    private final ContactSimilarity similarity;
    private final LookalikeSessions sessions;
    private final LookalikeBodies bodies;
    private final Billing billing;
    private final SimulatorStats stats;

    public ContactLookalikeFinder(SimulatorUniverse universe, ContactSimilarity similarity,
            LookalikeSessions sessions, LookalikeBodies bodies, Billing billing, SimulatorStats stats) {
        this.universe = universe;
        this.similarity = similarity;
        this.sessions = sessions;
        this.bodies = bodies;
        this.billing = billing;
        this.stats = stats;
    }

    SimReply find(String body) {
        ContactLookalikes request = bodies.readStrictly(body, ContactLookalikes.class);
        validate(request);
        LookalikeSession session = sessions.openOrResume(ENDPOINT, request.dedupeSessionId())
                .orElseThrow(() -> new RequestRejected(new SimReply(410,
                        new LookalikeWire.DedupeSessionInvalid("DEDUPE_SESSION_INVALID", SESSION_INVALID),
                        Map.of())));
        stats.recordBatch(ENDPOINT, request.seeds().count());
        Universe world = universe.get();
        Set<Integer> seeds = Identities.people(world, request.seeds());
        LookalikeSession.Page page = session.next(similarity.rank(seeds),
                Identities.people(world, request.exclude()), request.limit() == null ? 25 : request.limit());
        billing.chargeOutright(page.results().size());
        List<LookalikeWire.Contact> results = page.results().stream()
                .map(index -> LookalikeMapper.contact(world, index)).toList();
        return SimReply.ok(new LookalikeWire.ContactLookalikes(session.id(), results,
                new LookalikeWire.Meta(results.size(), page.hasMore()), results.size()));
    }

    private static void validate(ContactLookalikes request) {
        Problems problems = new Problems();
        problems.uuid("dedupeSessionId", request.dedupeSessionId());
        problems.limit(request.limit(), 100);
        if (request.seeds() == null || request.seeds().count() == 0) {
            problems.add("seeds must include at least one of linkedinUrls, emails, contactIds, contacts");
        }
        check(problems, "seeds", request.seeds());
        check(problems, "exclude", request.exclude());
        problems.rejectIfAny();
    }

    private static void check(Problems problems, String field, ContactIdentifiers ids) {
        if (ids == null) {
            return;
        }
        problems.maxItems(field + ".linkedinUrls", ids.linkedinUrls());
        problems.maxItems(field + ".emails", ids.emails());
        problems.maxItems(field + ".contactIds", ids.contactIds());
        problems.maxItems(field + ".contacts", ids.contacts());
        problems.noBlanks(field + ".linkedinUrls", ids.linkedinUrls());
        List<String> emails = ids.emails() == null ? List.of() : ids.emails();
        for (int i = 0; i < emails.size(); i++) {
            if (emails.get(i) == null || !emails.get(i).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(field + ".emails." + i + " must be an email");
            }
        }
        List<NamedContact> contacts = ids.contacts() == null ? List.of() : ids.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            NamedContact named = contacts.get(i);
            if (named == null || Problems.blank(named.firstName()) || Problems.blank(named.lastName())) {
                problems.add(field + ".contacts." + i + " must have a firstName and a lastName");
            }
        }
    }
}
