package io.lushagraph.simulator.universe;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The universe's people as compact columns (name-pool indexes, company, email serial) with constant-time indexes by
 * email, LinkedIn URL and name at a company. Everything else is re-drawn from the person's random stream on demand.
 */
final class PersonDirectory {

    private static final String[] FIRST = lowerCase(Names.FIRST);
    private static final String[] LAST = lowerCase(Names.LAST);
    private static final int NO_EMAIL = -1;

    private final long seed;
    private final CompanyDirectory companies;
    private final PersonGenerator generator;
    private final int[] first;
    private final int[] last;
    private final int[] company;
    private final int[] emailSerial;
    private final HashIndex byEmail;
    private final HashIndex byLinkedin;
    private final HashIndex byName;

    PersonDirectory(long seed, int count, CompanyDirectory companies) {
        this.seed = seed;
        this.companies = companies;
        this.generator = new PersonGenerator(seed, companies);
        this.first = new int[count];
        this.last = new int[count];
        this.company = new int[count];
        this.emailSerial = new int[count];
        this.byEmail = new HashIndex(count);
        this.byLinkedin = new HashIndex(count);
        this.byName = new HashIndex(count);
        StringBuilder key = new StringBuilder(96);
        for (int i = 0; i < count; i++) {
            add(i, generator.head(i), key);
        }
    }

    private void add(int i, PersonGenerator.Head head, StringBuilder key) {
        first[i] = head.first();
        last[i] = head.last();
        company[i] = head.company();
        int nameHash = Keys.hash(nameKey(cleared(key), FIRST[head.first()], LAST[head.last()], head.company()));
        emailSerial[i] = head.hasEmail()
                ? byName.count(nameHash, j -> sameName(j, i) && emailSerial[j] != NO_EMAIL)
                : NO_EMAIL;
        byName.add(nameHash, i);
        if (head.hasEmail()) {
            byEmail.add(Keys.hash(appendEmail(cleared(key), i)), i);
        }
        byLinkedin.add(Keys.hash(appendLinkedinKey(cleared(key), i)), i);
    }

    int size() {
        return first.length;
    }

    Person get(int i) {
        PersonGenerator.Rest rest = generator.rest(i);
        return new Person(i, Ids.personId(seed, i), Names.FIRST.get(first[i]), Names.LAST.get(last[i]), company[i],
                email(i), rest.emailConfidence(), rest.phones(), rest.role(), rest.place(), linkedinUrl(i),
                rest.updateDate(), rest.jobStartDate());
    }

    OptionalInt byId(long personId) {
        return present(Ids.personIndex(seed, personId, size()));
    }

    OptionalInt byEmail(String email) {
        String key = Keys.plain(email);
        return present(byEmail.find(Keys.hash(key), j -> key.equals(email(j))));
    }

    OptionalInt byLinkedin(String url) {
        String key = Keys.linkedin(url);
        return present(byLinkedin.find(Keys.hash(key),
                j -> key.contentEquals(appendLinkedinKey(new StringBuilder(), j))));
    }

    /** The first person with this first and last name (case-insensitive) at the company. */
    OptionalInt byName(String firstName, String lastName, int companyIndex) {
        String firstKey = Keys.plain(firstName);
        String lastKey = Keys.plain(lastName);
        int hash = Keys.hash(nameKey(new StringBuilder(), firstKey, lastKey, companyIndex));
        return present(byName.find(hash, j -> company[j] == companyIndex && FIRST[first[j]].equals(firstKey)
                && LAST[last[j]].equals(lastKey)));
    }

    private String email(int i) {
        return emailSerial[i] == NO_EMAIL ? null : appendEmail(new StringBuilder(48), i).toString();
    }

    private String linkedinUrl(int i) {
        return "https://www." + appendLinkedinKey(new StringBuilder(64), i);
    }

    private StringBuilder appendEmail(StringBuilder out, int i) {
        out.append(FIRST[first[i]]).append('.').append(LAST[last[i]]);
        if (emailSerial[i] > 0) {
            out.append(emailSerial[i] + 1);
        }
        return out.append('@').append(companies.get(company[i]).domain());
    }

    private StringBuilder appendLinkedinKey(StringBuilder out, int i) {
        return out.append("linkedin.com/in/").append(FIRST[first[i]]).append('-').append(LAST[last[i]]).append('-')
                .append(Ids.linkedinToken(seed, i));
    }

    private static StringBuilder nameKey(StringBuilder out, String firstName, String lastName, int companyIndex) {
        return out.append(firstName).append('|').append(lastName).append('|').append(companyIndex);
    }

    private boolean sameName(int j, int i) {
        return first[j] == first[i] && last[j] == last[i] && company[j] == company[i];
    }

    private static StringBuilder cleared(StringBuilder builder) {
        builder.setLength(0);
        return builder;
    }

    private static OptionalInt present(int index) {
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    private static String[] lowerCase(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }
}
