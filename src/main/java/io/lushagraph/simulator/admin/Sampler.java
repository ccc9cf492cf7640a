package io.lushagraph.simulator.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Universe;

/**
 * Deterministic samples of existing identities: the first {@code n} people or companies from {@code offset} that
 * every identifier finds. Skipped: people with neither an email nor a phone (Lusha answers {@code EMPTY_DATA} for
 * them), people who share their name with an earlier colleague, and companies that share their name.
 */
@Singleton
public class Sampler {

    static final int MAX_SAMPLE = 1000;

    private final SimulatorUniverse universe;

    public Sampler(SimulatorUniverse universe) {
        this.universe = universe;
    }

    /** A person to query with; {@code email} is null for people without one. */
    public record SamplePerson(String id, String email, String linkedinUrl, String firstName, String lastName,
            String companyName, String companyDomain) {
    }

    public record SampleCompany(String id, String name, String domain) {
    }

    public List<?> sample(String entity, String n, String offset) {
        Universe world = universe.get();
        boolean people = "person".equals(entity);
        if (!people && !"company".equals(entity)) {
            throw RequestRejected.validation("entity must be one of: person, company");
        }
        int population = people ? world.peopleCount() : world.companyCount();
        int count = parse("n", n, 1, Math.min(MAX_SAMPLE, population));
        int start = offset == null ? 0 : parse("offset", offset, 0, Integer.MAX_VALUE);
        List<Object> sample = new ArrayList<>(count);
        for (long i = start; sample.size() < count && i < start + 2L * population; i++) {
            int index = (int) (i % population);
            if (people && findable(world, world.person(index))) {
                sample.add(person(world, index));
            } else if (!people && findable(world, world.company(index))) {
                sample.add(company(world.company(index)));
            }
        }
        return sample;
    }

    private static boolean findable(Universe world, Person person) {
        boolean hasDatapoint = person.hasEmail() || !person.phones().isEmpty();
        return hasDatapoint && world.personByName(person.firstName(), person.lastName(), person.companyIndex())
                .orElse(-1) == person.index();
    }

    private static boolean findable(Universe world, Company company) {
        return world.companyByName(company.name()).orElse(-1) == company.index();
    }

    private static SamplePerson person(Universe world, int index) {
        Person person = world.person(index);
        Company company = world.company(person.companyIndex());
        return new SamplePerson(Long.toString(person.personId()), person.email(), person.linkedinUrl(),
                person.firstName(), person.lastName(), company.name(), company.domain());
    }

    private static SampleCompany company(Company company) {
        return new SampleCompany(Long.toString(company.id()), company.name(), company.domain());
    }

    private static int parse(String name, String value, int min, int max) {
        Integer parsed = integerOrNull(value);
        if (parsed == null || parsed < min || parsed > max) {
            throw RequestRejected.validation(name + " must be an integer from " + min + " to " + max);
        }
        return parsed;
    }

    private static Integer integerOrNull(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
