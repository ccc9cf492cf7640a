package io.lushagraph.simulator.lookalike;

import java.util.List;
import java.util.Set;

import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Universe;

/**
 * Which companies look like the seed companies: only companies of a seed's main industry qualify, and they rank by
 * the closest seed, a shared sub-industry first, then a like size, then the same headquarters country.
 */
final class CompanySimilarity {

    private CompanySimilarity() {
    }

    /** Every qualifying company but the seeds, best first. */
    static int[] rank(Universe world, Set<Integer> seeds) {
        List<Company> seedCompanies = seeds.stream().map(world::company).toList();
        Ranking ranking = new Ranking(seeds);
        for (int i = 0; i < world.companyCount(); i++) {
            if (seeds.contains(i)) {
                continue;
            }
            Company candidate = world.company(i);
            int best = 0;
            for (Company seed : seedCompanies) {
                best = Math.max(best, score(seed, candidate));
            }
            if (best > 0) {
                ranking.add(i, best);
            }
        }
        return ranking.ordered();
    }

    /** 0 for another main industry, else up to 9: sub-industry 6 (main only 3), size 2 (within 10x 1), country 1. */
    static int score(Company seed, Company candidate) {
        if (seed.industry().mainId() != candidate.industry().mainId()) {
            return 0;
        }
        int score = seed.industry().subId() == candidate.industry().subId() ? 6 : 3;
        score += sizeScore(seed.size().min(), candidate.size().min());
        if (seed.headquarters().country().equals(candidate.headquarters().country())) {
            score++;
        }
        return score;
    }

    /** 2 for the same size bucket, 1 when the smallest headcounts are within a factor of ten, else 0. */
    static int sizeScore(long seedMin, long candidateMin) {
        if (seedMin == candidateMin) {
            return 2;
        }
        long low = Math.min(seedMin, candidateMin);
        long high = Math.max(seedMin, candidateMin);
        return high <= low * 10 ? 1 : 0;
    }
}
