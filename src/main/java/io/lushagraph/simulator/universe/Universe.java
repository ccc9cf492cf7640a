package io.lushagraph.simulator.universe;

import java.util.OptionalInt;

/**
 * The simulator's synthetic world: companies and the people working at them, drawn from a seed. The same seed and
 * sizes give the same universe; every lookup is constant-time.
 */
public final class Universe {

    private final long seed;
    private final CompanyDirectory companies;
    private final PersonDirectory people;

    private Universe(long seed, CompanyDirectory companies, PersonDirectory people) {
        this.seed = seed;
        this.companies = companies;
        this.people = people;
    }

    public static Universe build(long seed, int peopleCount, int companyCount) {
        if (companyCount < 1 || peopleCount < 0) {
            throw new IllegalArgumentException("a universe needs at least one company and no negative people");
        }
        CompanyDirectory companies = new CompanyDirectory(seed, companyCount);
        return new Universe(seed, companies, new PersonDirectory(seed, peopleCount, companies));
    }

    public long seed() {
        return seed;
    }

    public int peopleCount() {
        return people.size();
    }

    public int companyCount() {
        return companies.size();
    }

    public Person person(int index) {
        return people.get(index);
    }

    public Company company(int index) {
        return companies.get(index);
    }

    public OptionalInt personById(long personId) {
        return people.byId(personId);
    }

    public OptionalInt personByEmail(String email) {
        return people.byEmail(email);
    }

    public OptionalInt personByLinkedin(String url) {
        return people.byLinkedin(url);
    }

    /** The person with this first and last name (case-insensitive) at the company with this index. */
    public OptionalInt personByName(String firstName, String lastName, int companyIndex) {
        return people.byName(firstName, lastName, companyIndex);
    }

    public OptionalInt companyById(long companyId) {
        return companies.byId(companyId);
    }

    /** Accepts a bare domain, an FQDN or a URL, in any case. */
    public OptionalInt companyByDomain(String domain) {
        return companies.byDomain(domain);
    }

    public OptionalInt companyByName(String name) {
        return companies.byName(name);
    }
}
