package io.lushagraph.simulator.universe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws person {@code index} from its own random stream. The head (name, company, whether an email exists) comes
 * first in the stream, so the universe can index people without drawing the rest.
 */
final class PersonGenerator {

    /** The date every generated date is before, so the universe does not depend on the wall clock. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 12, 31);

    private static final List<String> CONFIDENCE = List.of("A+", "A+", "A+", "A+", "A+", "A", "A", "A", "B", "B");

    private final long seed;
    private final CompanyDirectory companies;

    PersonGenerator(long seed, CompanyDirectory companies) {
        this.seed = seed;
        this.companies = companies;
    }

    /** What identifies a person: indexes into the name pools, the company and whether an email exists. */
    record Head(int first, int last, int company, boolean hasEmail) {
    }

    /** Everything else about a person. */
    record Rest(JobRole role, Place place, String emailConfidence, List<Phone> phones, LocalDate updateDate,
            LocalDate jobStartDate) {
    }

    Head head(int index) {
        return head(Random64.stream(seed, Random64.PERSON, index));
    }

    Rest rest(int index) {
        SplittableRandom random = Random64.stream(seed, Random64.PERSON, index);
        Head head = head(random);
        JobRole role = JobRoles.ALL.get(Random64.weighted(random, JobRoles.WEIGHTS));
        Place place = Random64.percent(random, 70) ? companies.get(head.company()).headquarters()
                : Places.ALL.get(Random64.weighted(random, Places.WEIGHTS));
        String confidence = Random64.pick(random, CONFIDENCE);
        List<Phone> phones = phones(random, place);
        LocalDate updated = REFERENCE_DATE.minusDays(random.nextInt(365));
        return new Rest(role, place, confidence, phones, updated, updated.minusDays(30 + random.nextInt(3650)));
    }

    private Head head(SplittableRandom random) {
        int first = random.nextInt(Names.FIRST.size());
        int last = random.nextInt(Names.LAST.size());
        // The smaller of two draws favours low company indexes, which are the larger companies.
        int company = Math.min(random.nextInt(companies.size()), random.nextInt(companies.size()));
        return new Head(first, last, company, !Random64.percent(random, 10));
    }

    private static List<Phone> phones(SplittableRandom random, Place place) {
        int roll = random.nextInt(100);
        int count = roll < 15 ? 0 : roll < 65 ? 1 : 2;
        List<Phone> phones = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            String type = kind < 55 ? "mobile" : kind < 90 ? "direct" : "phone";
            phones.add(new Phone(number(random, place.dialCode()), type, Random64.percent(random, 8)));
        }
        return List.copyOf(phones);
    }

    private static String number(SplittableRandom random, String dialCode) {
        StringBuilder number = new StringBuilder(20).append('+').append(dialCode).append(' ');
        if (dialCode.equals("1")) {
            return number.append(201 + random.nextInt(789)).append('-').append(100 + random.nextInt(900))
                    .append('-').append(1000 + random.nextInt(9000)).toString();
        }
        return number.append(10 + random.nextInt(90)).append(' ').append(1000 + random.nextInt(9000)).append(' ')
                .append(1000 + random.nextInt(9000)).toString();
    }
}
