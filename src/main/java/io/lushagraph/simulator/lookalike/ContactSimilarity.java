package io.lushagraph.simulator.lookalike;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Universe;

/**
 * Which people look like the seed people: only people sharing a department with a seed, at a company of that seed's
 * main industry, qualify; they rank by the closest seed, the same seniority first, then a company of the same
 * sub-industry and of a like size. The people's profiles are gathered once, on first use.
 */
@Singleton
public class ContactSimilarity {

    private final SimulatorUniverse universe;
    private volatile PeopleProfiles profiles;

    public ContactSimilarity(SimulatorUniverse universe) {
        this.universe = universe;
    }

    /** Every qualifying person but the seeds, best first. */
    int[] rank(Set<Integer> seeds) {
        Universe world = universe.get();
        PeopleProfiles people = profiles();
        Set<Integer> industries = new TreeSet<>();
        seeds.forEach(seed -> industries.add(industryOf(world, people, seed)));
        Ranking ranking = new Ranking(seeds);
        for (int industry : industries) {
            for (int candidate : people.inMainIndustry(industry)) {
                if (seeds.contains(candidate)) {
                    continue;
                }
                int best = 0;
                for (int seed : seeds) {
                    best = Math.max(best, score(world, people, seed, candidate));
                }
                if (best > 0) {
                    ranking.add(candidate, best);
                }
            }
        }
        return ranking.ordered();
    }

    /**
     * 0 without a shared department or at a company of another main industry, else 4 plus up to 3 for seniority
     * (1 when one step apart), 2 for the company's sub-industry and 1 for the company's size bucket.
     */
    private static int score(Universe world, PeopleProfiles people, int seed, int candidate) {
        Company seedCompany = world.company(people.company(seed));
        Company company = world.company(people.company(candidate));
        if (!people.shareDepartment(seed, candidate)
                || seedCompany.industry().mainId() != company.industry().mainId()) {
            return 0;
        }
        int score = 4;
        int steps = Math.abs(people.seniority(seed) - people.seniority(candidate));
        score += steps == 0 ? 3 : steps == 1 ? 1 : 0;
        if (seedCompany.industry().subId() == company.industry().subId()) {
            score += 2;
        }
        if (seedCompany.size().equals(company.size())) {
            score++;
        }
        return score;
    }

    private static int industryOf(Universe world, PeopleProfiles people, int person) {
        return world.company(people.company(person)).industry().mainId();
    }

    private PeopleProfiles profiles() {
        PeopleProfiles built = profiles;
        if (built == null) {
            synchronized (this) {
                if (profiles == null) {
                    profiles = PeopleProfiles.of(universe.get());
                }
                built = profiles;
            }
        }
        return built;
    }
}
