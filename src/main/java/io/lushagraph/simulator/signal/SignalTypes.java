package io.lushagraph.simulator.signal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lusha's signal taxonomy (CONTRACT §9): the contact and company signal type names, the news event types of each
 * news category, and the departments hiring signals name.
 */
public final class SignalTypes {

    /** Stands for every signal type of the entity kind. */
    public static final String ALL_SIGNALS = "allSignals";

    public static final List<String> CONTACT = List.of("promotion", "companyChange");

    /** News event types by news category, in Lusha's spelling. */
    public static final Map<String, List<String>> NEWS_EVENT_TYPES = newsEventTypes();

    public static final List<String> COMPANY = List.of("websiteTrafficIncrease", "websiteTrafficDecrease",
            "itSpendIncrease", "itSpendDecrease", "headcountIncrease1m", "headcountDecrease1m",
            "headcountIncrease3m", "headcountDecrease3m", "headcountIncrease6m", "headcountDecrease6m",
            "headcountIncrease12m", "headcountDecrease12m", "surgeInHiring", "surgeInHiringByDepartment",
            "surgeInHiringByLocation", "riskNews", "commercialActivityNews", "corporateStrategyNews",
            "financialEventsNews", "peopleNews", "marketIntelligenceNews", "productActivityNews");

    /** The 16 departments of CONTRACT §12.1, as hiring signals and their filters name them. */
    public static final List<String> DEPARTMENTS = List.of("Business Development", "Consulting", "Customer Service",
            "Engineering & Technical", "Finance", "General Management", "Health Care & Medical", "Human Resources",
            "Information Technology", "Legal", "Marketing", "Operations", "Other", "Product", "Research & Analytics",
            "Sales");

    private SignalTypes() {
    }

    private static Map<String, List<String>> newsEventTypes() {
        Map<String, List<String>> types = new LinkedHashMap<>();
        types.put("riskNews", List.of("Security Issue", "Lawsuit Faced"));
        types.put("commercialActivityNews", List.of("Partnership", "New Customer", "New Vendor"));
        types.put("corporateStrategyNews", List.of("M&A", "Facilities Expansion", "New Location", "Facility Closure",
                "Asset Sale", "Lawsuit Filed"));
        types.put("financialEventsNews", List.of("Funding Round", "Asset Investment", "Strategic Investment", "IPO"));
        types.put("peopleNews", List.of("Executive Hire", "Executive Departure", "Executive Promotion",
                "Headcount Increase", "Headcount Decrease"));
        types.put("marketIntelligenceNews", List.of("Event Participation", "Recognition", "Competitor Activity"));
        types.put("productActivityNews", List.of("Product Launch", "Product Development", "Product Integration"));
        return Collections.unmodifiableMap(types);
    }
}
