package io.lushagraph.simulator.signal;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The JSON shapes of signal items (as Lusha's signal operations answer them), with fields in Lusha's order and dates as
 * strings.
 */
@RegisterForReflection(targets = { SignalItems.Contact.class, SignalItems.News.class, SignalItems.WebsiteTraffic.class,
        SignalItems.ItSpend.class, SignalItems.Headcount.class, SignalItems.HiringSurge.class,
        SignalItems.DepartmentHiring.class, SignalItems.LocationHiring.class })
public final class SignalItems {

    private SignalItems() {
    }

    /** A {@code promotion} or {@code companyChange} of a contact ({@code ContactSignal}). */
    public record Contact(String personId, long currentCompanyId, String currentCompanyName,
            String currentDepartments, String currentSeniorityLabel, String currentTitle, String signalDate,
            String previousCompanyName, String previousDomain, String currentDomain) {
    }

    /** A news event of one of the seven news categories ({@code CompanyNewsSignal}). */
    public record News(String companyId, String companyName, String domain, String signalId, String eventType,
            String eventSummary, String articlePublishedDate, String articleTitle, String articleHighlight,
            String eventEffectiveDate, String articleUrl) {
    }

    /** {@code websiteTrafficIncrease} or {@code websiteTrafficDecrease}. */
    public record WebsiteTraffic(String companyId, String signalId, String signalDate, long historicalAvg,
            long lastMonthVisits, int changeRatePercent, String companyName, String domain) {
    }

    /** {@code itSpendIncrease} or {@code itSpendDecrease}. */
    public record ItSpend(String companyId, String signalId, String signalDate, long estimatedAnnualItSpend,
            int changeRatePercent, String companyName, String domain) {
    }

    /** {@code headcountIncrease1m} ... {@code headcountDecrease12m}. */
    public record Headcount(String companyId, String signalId, String signalDate, long baselineEmployeesCount,
            long newEmployeesCount, int changeRatePercent, String companyName, String domain) {
    }

    /** {@code surgeInHiring}: jobs posted last week against the usual weekly count. */
    public record HiringSurge(String companyId, String signalId, String signalDate, long newJobsPostedLastWeek,
            long historicalAvg, int changeRatePercent, String companyName, String domain) {
    }

    /** {@code surgeInHiringByDepartment}. */
    public record DepartmentHiring(String signalId, String companyId, String department, String signalDate,
            long newJobsPostedLast4Weeks, long historicalAvg, int changeRatePercent, String companyName,
            String domain) {
    }

    /**
     * {@code surgeInHiringByLocation}; {@code state} is left out where the country has none (Lusha's OpenAPI allows
     * no null there).
     */
    public record LocationHiring(String signalId, String companyId, String country,
            @JsonInclude(JsonInclude.Include.NON_NULL) String state, String signalDate,
            long newJobsPostedLast4Weeks, long historicalAvg, int changeRatePercent, String companyName,
            String domain) {
    }
}
