package io.lushagraph.signal;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

/** The kinds of company signal Lusha knows (the company types of getSignalOptions), each with Lusha's name for it. */
@Description("A kind of company signal.")
public enum CompanySignalType {
    @Description("More website visits last month than usual.")
    WEBSITE_TRAFFIC_INCREASE("websiteTrafficIncrease"),
    @Description("Fewer website visits last month than usual.")
    WEBSITE_TRAFFIC_DECREASE("websiteTrafficDecrease"),
    @Description("Estimated yearly IT spend went up.")
    IT_SPEND_INCREASE("itSpendIncrease"),
    @Description("Estimated yearly IT spend went down.")
    IT_SPEND_DECREASE("itSpendDecrease"),
    @Description("Headcount grew over one month.")
    HEADCOUNT_INCREASE_1M("headcountIncrease1m"),
    @Description("Headcount shrank over one month.")
    HEADCOUNT_DECREASE_1M("headcountDecrease1m"),
    @Description("Headcount grew over three months.")
    HEADCOUNT_INCREASE_3M("headcountIncrease3m"),
    @Description("Headcount shrank over three months.")
    HEADCOUNT_DECREASE_3M("headcountDecrease3m"),
    @Description("Headcount grew over six months.")
    HEADCOUNT_INCREASE_6M("headcountIncrease6m"),
    @Description("Headcount shrank over six months.")
    HEADCOUNT_DECREASE_6M("headcountDecrease6m"),
    @Description("Headcount grew over twelve months.")
    HEADCOUNT_INCREASE_12M("headcountIncrease12m"),
    @Description("Headcount shrank over twelve months.")
    HEADCOUNT_DECREASE_12M("headcountDecrease12m"),
    @Description("More jobs posted last week than usual.")
    SURGE_IN_HIRING("surgeInHiring"),
    @Description("More jobs posted in one department over four weeks than usual.")
    SURGE_IN_HIRING_BY_DEPARTMENT("surgeInHiringByDepartment"),
    @Description("More jobs posted in one location over four weeks than usual.")
    SURGE_IN_HIRING_BY_LOCATION("surgeInHiringByLocation"),
    @Description("News of risks: security issues, lawsuits faced.")
    RISK_NEWS("riskNews"),
    @Description("News of commercial activity: partnerships, new customers, new vendors.")
    COMMERCIAL_ACTIVITY_NEWS("commercialActivityNews"),
    @Description("News of corporate strategy: M&A, new or closed facilities and locations, asset sales, lawsuits filed.")
    CORPORATE_STRATEGY_NEWS("corporateStrategyNews"),
    @Description("News of financial events: funding rounds, investments, IPOs.")
    FINANCIAL_EVENTS_NEWS("financialEventsNews"),
    @Description("News about people: executive hires, departures and promotions, headcount changes.")
    PEOPLE_NEWS("peopleNews"),
    @Description("Market intelligence news: event participation, recognition, competitor activity.")
    MARKET_INTELLIGENCE_NEWS("marketIntelligenceNews"),
    @Description("News of product activity: launches, development, integrations.")
    PRODUCT_ACTIVITY_NEWS("productActivityNews");

    private final String lusha;

    CompanySignalType(String lusha) {
        this.lusha = lusha;
    }

    /** Lusha's name of the type, e.g. {@code surgeInHiring}. */
    public String lusha() {
        return lusha;
    }

    /** The type Lusha names so, if the gateway knows it. */
    public static Optional<CompanySignalType> ofLusha(String name) {
        return Arrays.stream(values()).filter(t -> t.lusha.equals(name)).findFirst();
    }
}
