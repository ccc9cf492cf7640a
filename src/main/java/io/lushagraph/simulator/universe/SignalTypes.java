package io.lushagraph.simulator.universe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lusha's signal taxonomy (getSignalOptions, {@code CompanySignalFiltersInclude}): the signal types of contacts and companies,
 * and the news event
 * types each company news category covers.
 */
public final class SignalTypes {

    /** The type that asks for every signal type of an entity. */
    public static final String ALL_SIGNALS = "allSignals";

    /** Contact signal types. */
    public static final List<String> CONTACT = List.of("promotion", "companyChange");

    /** The 22 company signal types, in the order Lusha lists them. */
    public static final List<String> COMPANY = List.of("websiteTrafficIncrease", "websiteTrafficDecrease",
            "itSpendIncrease", "itSpendDecrease", "headcountIncrease1m", "headcountDecrease1m", "headcountIncrease3m",
            "headcountDecrease3m", "headcountIncrease6m", "headcountDecrease6m", "headcountIncrease12m",
            "headcountDecrease12m", "surgeInHiring", "surgeInHiringByDepartment", "surgeInHiringByLocation",
            "riskNews", "commercialActivityNews", "corporateStrategyNews", "financialEventsNews", "peopleNews",
            "marketIntelligenceNews", "productActivityNews");

    /** Each company news signal type with the news event types it covers. */
    public static final Map<String, List<String>> NEWS_EVENT_TYPES = newsEventTypes();

    private SignalTypes() {
    }

    /** The 26 news event types of every category, sorted, as the {@code newsEventTypes} sub-filter takes them. */
    public static List<String> allNewsEventTypes() {
        return NEWS_EVENT_TYPES.values().stream().flatMap(List::stream).sorted().toList();
    }

    /** The departments the {@code hiringByDepartments} sub-filter takes. */
    public static List<String> hiringDepartments() {
        return ReferenceData.DEPARTMENTS;
    }

    private static Map<String, List<String>> newsEventTypes() {
        Map<String, List<String>> types = new LinkedHashMap<>();
        types.put("commercialActivityNews", List.of("Partnership", "New Customer", "New Vendor"));
        types.put("corporateStrategyNews", List.of("M&A", "Facilities Expansion", "New Location", "Facility Closure",
                "Asset Sale", "Lawsuit Filed"));
        types.put("financialEventsNews", List.of("Funding Round", "Asset Investment", "Strategic Investment", "IPO"));
        types.put("marketIntelligenceNews", List.of("Event Participation", "Recognition", "Competitor Activity"));
        types.put("peopleNews", List.of("Executive Hire", "Executive Departure", "Executive Promotion",
                "Headcount Increase", "Headcount Decrease"));
        types.put("productActivityNews", List.of("Product Launch", "Product Development", "Product Integration"));
        types.put("riskNews", List.of("Security Issue", "Lawsuit Faced"));
        return Collections.unmodifiableMap(types);
    }
}
