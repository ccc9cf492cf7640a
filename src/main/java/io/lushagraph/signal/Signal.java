package io.lushagraph.signal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One signal of a person or a company: its type and date, and the values of its kind, the others being null.
 */
@Type("Signal")
@Description("A signal: something that happened to a person or a company. type, date and id are common to every "
        + "signal; the other fields belong to some kinds and are null for the rest.")
public record Signal(
        @NonNull @Description("The kind: a ContactSignalType or a CompanySignalType value, e.g. PROMOTION or "
                + "SURGE_IN_HIRING.") String type,
        @Description("When it happened (for news: when the article was published).") LocalDate date,
        @Description("Lusha's signal id; null for contact signals, which have none.") String id,

        @Description("Contact signals: the person's title now.") String currentTitle,
        @Description("Contact signals: Lusha's id of the person's company now.") String currentCompanyId,
        @Description("Contact signals: the person's company now.") String currentCompanyName,
        @Description("Contact signals: the domain of the person's company now.") String currentCompanyDomain,
        @Description("Contact signals: the person's departments now.") List<@NonNull String> currentDepartments,
        @Description("Contact signals: the person's seniority now, e.g. c-suite.") String currentSeniority,
        @Description("Contact signals: the company before the change.") String previousCompanyName,
        @Description("Contact signals: the domain of the company before the change.") String previousCompanyDomain,

        @Description("News: the event, in Lusha's lower-case words, e.g. partnership or funding round.") String eventType,
        @Description("News: what happened, in one or two sentences.") String eventSummary,
        @Description("News: when the event took effect.") LocalDate eventDate,
        @Description("News: the article's title.") String articleTitle,
        @Description("News: the article's key passage.") String articleHighlight,
        @Description("News: the article's URL.") String articleUrl,

        @Description("Trends and hiring surges: the change against the usual level, in percent.") Double changeRatePercent,
        @Description("Website traffic: monthly visits; hiring surges: jobs posted per period, on average.") Double historicalAverage,
        @Description("Website traffic: visits last month.") Double lastMonthVisits,
        @Description("IT spend: the estimated yearly IT spend in USD.") Double estimatedAnnualItSpend,
        @Description("Headcount: employees at the start of the period.") Integer baselineEmployees,
        @Description("Headcount: employees at the end of the period.") Integer newEmployees,
        @Description("Hiring surge: jobs posted last week.") Integer newJobsLastWeek,
        @Description("Hiring surge by department or location: jobs posted in the last four weeks.") Integer newJobsLast4Weeks,
        @Description("Hiring surge by department: the department.") String department,
        @Description("Hiring surge by location: the country.") String country,
        @Description("Hiring surge by location: the state, where there is one.") String state) {
}
