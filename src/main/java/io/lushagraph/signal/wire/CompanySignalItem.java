package io.lushagraph.signal.wire;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One company signal item, the union of the fields of every company signal type (news, website traffic, IT spend,
 * headcount change, hiring surges); fields a type does not carry are {@code null}. Also the {@code data} of a
 * company webhook delivery.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanySignalItem(
        String companyId,
        String companyName,
        String domain,
        String signalId,
        LocalDate signalDate,
        String eventType,
        String eventSummary,
        String articleTitle,
        String articleHighlight,
        String articleUrl,
        LocalDate articlePublishedDate,
        LocalDate eventEffectiveDate,
        Double historicalAvg,
        Double changeRatePercent,
        Long lastMonthVisits,
        Long estimatedAnnualItSpend,
        Long baselineEmployeesCount,
        Long newEmployeesCount,
        Long newJobsPostedLastWeek,
        Long newJobsPostedLast4Weeks,
        String department,
        String country,
        String state) {
}
