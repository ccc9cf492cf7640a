package io.lushagraph.simulator.universe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Draws company {@code index} of a universe from its own random stream. Names are unique by construction (a
 * permutation of word combinations); the caller resolves domain clashes through {@code domainTaken}.
 */
final class CompanyGenerator {

    private static final int COMBINATIONS = Names.COMPANY_FIRST.size() * Names.COMPANY_SECOND.size()
            * Names.COMPANY_SUFFIX.size();
    private static final long STRIDE = 7919;
    /** Per-mille position in the directory from which each size bucket (1-10 employees first) starts. */
    private static final int[] SIZE_PER_MILLE = { 800, 550, 350, 200, 100, 40, 10, 0 };
    private static final int[] POPULARITY_TIER_BY_SIZE = { 5, 5, 4, 4, 3, 3, 1, 1 };
    private static final List<String> TLDS = List.of("com", "com", "com", "com", "com", "com", "io", "co", "ai", "net");
    private static final List<String> STREET_KINDS = List.of("St", "Ave", "Blvd", "Road", "Way");

    private final long seed;
    private final int total;
    private final long nameOffset;

    CompanyGenerator(long seed, int total) {
        this.seed = seed;
        this.total = total;
        this.nameOffset = Math.floorMod(Random64.mix(seed, Random64.COMPANY, -1), COMBINATIONS);
    }

    Company generate(int index, Predicate<String> domainTaken) {
        SplittableRandom random = Random64.stream(seed, Random64.COMPANY, index);
        String name = name(index);
        String domain = domain(name, Random64.pick(random, TLDS), domainTaken);
        Industry industry = industry(random);
        int sizeBucket = sizeBucket(index);
        Range size = Buckets.SIZES.get(sizeBucket);
        long employees = size.min() + random.nextLong(Math.min(size.max(), 250_000) - size.min() + 1);
        Range revenue = Random64.percent(random, 10) ? null
                : Buckets.REVENUES.get(
                        Math.min(Buckets.REVENUES.size() - 1, Math.max(0, sizeBucket + random.nextInt(3) - 1)));
        Place headquarters = Places.ALL.get(Random64.weighted(random, Places.WEIGHTS));
        String street = (1 + random.nextInt(2999)) + " " + Random64.pick(random, Names.STREETS) + " "
                + Random64.pick(random, STREET_KINDS);
        int founded = sizeBucket <= 2 ? 2005 + random.nextInt(19) : 1950 + random.nextInt(74);
        boolean publicCompany = sizeBucket >= 5 && Random64.percent(random, 40);
        return new Company(index, Ids.companyId(seed, index), Long.toString(Ids.lushaCompanyId(seed, index)), name,
                domain, industry, size, employees, revenue, headquarters, street, founded,
                distinct(random, Catalogs.TECHNOLOGIES, 2 + random.nextInt(5)), specialities(random, industry),
                funding(random, founded, publicCompany), intent(random),
                (int) Math.min(5_000_000, employees * (1 + random.nextInt(5)) + random.nextInt(500)),
                POPULARITY_TIER_BY_SIZE[sizeBucket], publicCompany);
    }

    private String name(int index) {
        long combination = Math.floorMod(index * STRIDE + nameOffset, (long) COMBINATIONS);
        int first = (int) (combination % Names.COMPANY_FIRST.size());
        long rest = combination / Names.COMPANY_FIRST.size();
        int second = (int) (rest % Names.COMPANY_SECOND.size());
        int suffix = (int) (rest / Names.COMPANY_SECOND.size());
        String name = Names.COMPANY_FIRST.get(first) + Names.COMPANY_SECOND.get(second).toLowerCase(Locale.ROOT)
                + " " + Names.COMPANY_SUFFIX.get(suffix);
        int round = index / COMBINATIONS;
        return round == 0 ? name : name + " " + (round + 1);
    }

    private static String domain(String name, String tld, Predicate<String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replace(" ", "");
        String domain = base + "." + tld;
        for (int n = 2; taken.test(domain); n++) {
            domain = base + n + "." + tld;
        }
        return domain;
    }

    private static Industry industry(SplittableRandom random) {
        int[] weights = Industries.MAINS.stream().mapToInt(Industries.Main::weight).toArray();
        return Random64.pick(random, Industries.MAINS.get(Random64.weighted(random, weights)).subs());
    }

    private int sizeBucket(int index) {
        long perMille = index * 1000L / total;
        int bucket = 0;
        while (bucket < SIZE_PER_MILLE.length - 1 && perMille < SIZE_PER_MILLE[bucket]) {
            bucket++;
        }
        return bucket;
    }

    private static List<String> specialities(SplittableRandom random, Industry industry) {
        List<String> result = new ArrayList<>();
        result.add(industry.sub().toLowerCase(Locale.ROOT));
        result.addAll(distinct(random, Catalogs.SPECIALITIES, 1 + random.nextInt(3)));
        return List.copyOf(result);
    }

    private static Funding funding(SplittableRandom random, int founded, boolean publicCompany) {
        if (publicCompany || !Random64.percent(random, 35)) {
            return publicCompany ? new Funding(List.of(), true) : null;
        }
        List<Funding.Round> rounds = new ArrayList<>();
        int type = random.nextInt(3);
        int year = Math.max(founded + 1, 2008) + random.nextInt(3);
        for (int i = 1 + random.nextInt(4); i > 0 && year <= 2025; i--) {
            long amount = (type + 1L) * (type + 1L) * (500_000 + random.nextInt(4_500_000));
            rounds.add(new Funding.Round(Catalogs.ROUND_TYPES.get(type), amount,
                    LocalDate.ofYearDay(year, 1 + random.nextInt(365))));
            type = Math.min(type + 1, Catalogs.ROUND_TYPES.size() - 2);
            year += 1 + random.nextInt(2);
        }
        return rounds.isEmpty() ? null : new Funding(List.copyOf(rounds), false);
    }

    private static Intent intent(SplittableRandom random) {
        if (!Random64.percent(random, 40)) {
            return null;
        }
        List<Intent.Topic> topics = new ArrayList<>();
        for (String topic : distinct(random, Catalogs.INTENT_TOPICS, 1 + random.nextInt(3))) {
            int change = 1 + random.nextInt(15);
            String trend = Random64.percent(random, 20) ? "New" : (random.nextBoolean() ? "+" : "-") + change;
            topics.add(new Intent.Topic(topic, 40 + random.nextInt(60), trend));
        }
        return new Intent(List.copyOf(topics));
    }

    /** {@code count} different values of the pool, in draw order. */
    private static List<String> distinct(SplittableRandom random, List<String> pool, int count) {
        List<String> left = new ArrayList<>(pool);
        List<String> chosen = new ArrayList<>(count);
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            chosen.add(left.remove(random.nextInt(left.size())));
        }
        return List.copyOf(chosen);
    }
}
