package io.lushagraph.simulator.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.enrich.Batches;
import io.lushagraph.simulator.enrich.PersonIdentifiers;
import io.lushagraph.simulator.enrich.PersonMatcher;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code POST /api/signals/contacts} (by Lusha person id) and {@code /api/signals/contacts/search} (by
 * LinkedIn URL, email, or full name and company). People not found are left out of the answer.
 */
@Singleton
public class ContactSignalEndpoints {

    private final SimulatorUniverse universe;
    private final SignalDesk desk;
    private final SimulatorStats stats;
    private final JsonBodies bodies;

    public ContactSignalEndpoints(SimulatorUniverse universe, SignalDesk desk, SimulatorStats stats,
            JsonBodies bodies) {
        this.universe = universe;
        this.desk = desk;
        this.stats = stats;
        this.bodies = bodies;
    }

    SimReply byId(String body) {
        SignalWire.ContactsById request = bodies.read(body, SignalWire.ContactsById.class);
        Batches.checkSize("contactIds", request.contactIds());
        if (request.contactIds().contains(null)) {
            throw RequestRejected.validation("each value in contactIds must be an integer number");
        }
        List<String> types = SignalRequests.contactTypes("signals", request.signals());
        SignalWindow window = desk.windowOf(request.startDate(), request.maxResultsPerSignal());
        stats.recordBatch(SimEndpoint.CONTACT_SIGNALS, request.contactIds().size());
        Universe world = universe.get();
        Answer answer = new Answer(window);
        for (Long id : request.contactIds()) {
            OptionalInt index = world.personById(id);
            if (index.isPresent()) {
                answer.add(Long.toString(id), world.person(index.getAsInt()), types);
            }
        }
        return SimReply.ok(answer.reply());
    }

    SimReply search(String body) {
        SignalWire.ContactsSearch request = bodies.read(body, SignalWire.ContactsSearch.class);
        Batches.checkSize("contacts", request.contacts());
        List<PersonIdentifiers> identifiers = identifiers(request.contacts());
        List<String> types = SignalRequests.contactTypes("signals", request.signals());
        SignalWindow window = desk.windowOf(request.startDate(), request.maxResultsPerSignal());
        stats.recordBatch(SimEndpoint.CONTACT_SIGNALS_SEARCH, request.contacts().size());
        Universe world = universe.get();
        Answer answer = new Answer(window);
        for (int i = 0; i < identifiers.size(); i++) {
            OptionalInt index = PersonMatcher.match(world, identifiers.get(i));
            if (index.isPresent()) {
                answer.add(request.contacts().get(i).id(), world.person(index.getAsInt()), types);
            }
        }
        return SimReply.ok(answer.reply());
    }

    private static List<PersonIdentifiers> identifiers(List<SignalWire.ContactQuery> contacts) {
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<PersonIdentifiers> identifiers = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            String path = "contacts[" + i + "]";
            SignalWire.ContactQuery contact = contacts.get(i);
            if (contact == null) {
                errors.add(path + " must be an object");
                continue;
            }
            Batches.checkKey(path + ".id", contact.id(), seen, errors);
            identifiers.add(identifiers(path, contact, errors));
        }
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
        return identifiers;
    }

    private static PersonIdentifiers identifiers(String path, SignalWire.ContactQuery contact, List<String> errors) {
        List<PersonIdentifiers.CompanyHint> hints = new ArrayList<>();
        for (SignalWire.CompanyHint company : contact.companies() == null ? List.<SignalWire.CompanyHint> of()
                : contact.companies()) {
            if (company == null || Batches.isBlank(company.name()) && Batches.isBlank(company.domain())) {
                errors.add(path + ".companies must hold a name or a domain each");
                return null;
            }
            hints.add(new PersonIdentifiers.CompanyHint(Batches.blankToNull(company.name()),
                    Batches.blankToNull(company.domain())));
        }
        String[] names = Batches.isBlank(contact.fullName()) ? new String[0] : contact.fullName().trim().split("\\s+");
        boolean byName = names.length >= 2 && !hints.isEmpty();
        boolean other = !Batches.isBlank(contact.socialLink()) || !Batches.isBlank(contact.email()) || byName;
        Long personId = other || Batches.isBlank(contact.id()) ? null : SignalRequests.numeric(contact.id());
        if (!other && personId == null && !Batches.isBlank(contact.id())) {
            errors.add(path + " must include social_link, email, full_name with companies, or a numeric id");
        }
        return new PersonIdentifiers(personId, Batches.blankToNull(contact.email()),
                Batches.blankToNull(contact.socialLink()), byName ? names[0] : null,
                byName ? names[names.length - 1] : null, hints);
    }

    /** The answer being built: each contact's signals and the credits charged. */
    private final class Answer {
        private final SignalWindow window;
        private final Map<String, Map<String, Object>> contacts = new LinkedHashMap<>();
        private int charged;

        Answer(SignalWindow window) {
            this.window = window;
        }

        void add(String key, Person person, List<String> types) {
            if (contacts.containsKey(key)) {
                return;
            }
            SignalDesk.Found found = desk.contact(person, types, window);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("personId", Long.toString(person.personId()));
            entry.putAll(found.byType());
            contacts.put(key, entry);
            charged += found.creditCharged();
        }

        SignalWire.ContactsAnswer reply() {
            return new SignalWire.ContactsAnswer(contacts, window.from().toString(), window.to().toString(),
                    charged);
        }
    }
}
