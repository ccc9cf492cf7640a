package io.lushagraph.simulator.webhook;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.universe.Person;

/** The contacts who opted out and whose emails and phones the enrichment endpoints no longer serve. */
@Singleton
public class OptOutRegistry {

    private final Set<Long> hidden = ConcurrentHashMap.newKeySet();

    void hide(long personId) {
        hidden.add(personId);
    }

    /** The person as enrichment may serve them: without emails and phones once they opted out. */
    public Person servable(Person person) {
        if (!hidden.contains(person.personId())) {
            return person;
        }
        return new Person(person.index(), person.personId(), person.firstName(), person.lastName(),
                person.companyIndex(), null, null, List.of(), person.role(), person.place(), person.linkedinUrl(),
                person.updateDate(), person.jobStartDate());
    }

    void clear() {
        hidden.clear();
    }
}
