package io.lushagraph.simulator.prospecting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lushagraph.simulator.universe.Company;

/**
 * The signals prospecting sees, derived from the universe until it carries signal data of its own. A person has
 * {@code companyChange} dated at the job start when that is within 180 days of the universe's reference date, and
 * about one in twenty has a {@code promotion} in the 90 days before the profile's update; a company has each of the
 * 22 company signal types with a chance of one in twenty-five, dated within 180 days of the reference date.
 */
final class DerivedSignals {

    /** The date the universe's dates are drawn before. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 12, 31);

    static final String ALL = "allSignals";

    static final List<String> CONTACT_TYPES = List.of("promotion", "companyChange");

    static final List<String> COMPANY_TYPES = List.of("surgeInHiring", "surgeInHiringByDepartment",
            "surgeInHiringByLocation", "headcountIncrease1m", "headcountIncrease3m", "headcountIncrease6m",
            "headcountIncrease12m", "headcountDecrease1m", "headcountDecrease3m", "headcountDecrease6m",
            "headcountDecrease12m", "websiteTrafficIncrease", "websiteTrafficDecrease", "itSpendIncrease",
            "itSpendDecrease", "riskNews", "commercialActivityNews", "corporateStrategyNews", "financialEventsNews",
            "peopleNews", "marketIntelligenceNews", "productActivityNews");

    private static final long PROMOTION = 0x50524F4DL;
    private static final long COMPANY = 0x434F4D50L;
    private static final int RECENT_DAYS = 180;

    private DerivedSignals() {
    }

    /** The person's signals by type, with the date each was detected. */
    static Map<String, LocalDate> of(Prospect p) {
        Map<String, LocalDate> signals = new LinkedHashMap<>();
        long promotion = mix(p.personId(), PROMOTION);
        if (Math.floorMod(promotion, 20) == 0) {
            signals.put("promotion", p.updateDate().minusDays(Math.floorMod(promotion >>> 8, 90)));
        }
        if (!p.jobStartDate().isBefore(REFERENCE_DATE.minusDays(RECENT_DAYS))) {
            signals.put("companyChange", p.jobStartDate());
        }
        return signals;
    }

    /** The company's signals by type, with the date each was detected. */
    static Map<String, LocalDate> of(Company c) {
        Map<String, LocalDate> signals = new LinkedHashMap<>();
        for (int type = 0; type < COMPANY_TYPES.size(); type++) {
            long roll = mix(c.id(), COMPANY + type);
            if (Math.floorMod(roll, 25) == 0) {
                signals.put(COMPANY_TYPES.get(type), REFERENCE_DATE.minusDays(Math.floorMod(roll >>> 8, RECENT_DAYS)));
            }
        }
        return signals;
    }

    /** Whether any of the signals is of one of {@code names} ({@code allSignals} means any) on or after {@code since}. */
    static boolean matches(Map<String, LocalDate> signals, List<String> names, LocalDate since) {
        boolean any = names.stream().anyMatch(ALL::equalsIgnoreCase);
        return signals.entrySet().stream()
                .anyMatch(s -> (any || names.stream().anyMatch(s.getKey()::equalsIgnoreCase))
                        && (since == null || !s.getValue().isBefore(since)));
    }

    /** SplitMix64's finaliser over an id and a salt. */
    private static long mix(long id, long salt) {
        long z = id * 0x9E37_79B9_7F4A_7C15L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
