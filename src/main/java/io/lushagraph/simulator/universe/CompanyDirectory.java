package io.lushagraph.simulator.universe;

import java.util.OptionalInt;
import java.util.function.Function;

/** The universe's companies, findable by id, domain and name (case-insensitive), each in constant time. */
final class CompanyDirectory {

    private final long seed;
    private final Company[] companies;
    private final HashIndex byDomain;
    private final HashIndex byName;

    CompanyDirectory(long seed, int count) {
        this.seed = seed;
        this.companies = new Company[count];
        this.byDomain = new HashIndex(count);
        this.byName = new HashIndex(count);
        CompanyGenerator generator = new CompanyGenerator(seed, count);
        for (int i = 0; i < count; i++) {
            Company company = generator.generate(i, domain -> find(byDomain, domain, Company::domain) >= 0);
            companies[i] = company;
            byDomain.add(Keys.hash(company.domain()), i);
            byName.add(Keys.hash(Keys.plain(company.name())), i);
        }
    }

    int size() {
        return companies.length;
    }

    Company get(int index) {
        return companies[index];
    }

    OptionalInt byId(long id) {
        return present(Ids.companyIndex(seed, id, companies.length));
    }

    /** Accepts a bare domain, an FQDN or a URL. */
    OptionalInt byDomain(String domain) {
        return present(find(byDomain, Keys.domain(domain), Company::domain));
    }

    OptionalInt byName(String name) {
        return present(find(byName, Keys.plain(name), c -> Keys.plain(c.name())));
    }

    private int find(HashIndex index, String key, Function<Company, String> keyOf) {
        return index.find(Keys.hash(key), i -> keyOf.apply(companies[i]).equals(key));
    }

    private static OptionalInt present(int index) {
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
