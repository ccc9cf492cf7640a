package io.lushagraph.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.lushagraph.signal.wire.CompanySignalData;
import io.lushagraph.signal.wire.CompanySignalItem;
import io.lushagraph.signal.wire.ContactSignal;
import io.lushagraph.signal.wire.ContactSignalData;
import io.lushagraph.signal.wire.ContactSignalDepartment;

/**
 * Turns Lusha's per-type signal arrays into one list of {@link Signal}s, newest first; types the gateway does not
 * know yet are left out.
 */
final class SignalMapper {

    private static final Comparator<Signal> NEWEST_FIRST = Comparator.comparing(Signal::date,
            Comparator.nullsLast(Comparator.<LocalDate> reverseOrder()));

    private SignalMapper() {
    }

    static List<Signal> contact(ContactSignalData data) {
        List<Signal> signals = new ArrayList<>();
        data.signals().forEach((name, items) -> ContactSignalType.ofLusha(name)
                .ifPresent(type -> items.forEach(item -> signals.add(contact(type, item)))));
        signals.sort(NEWEST_FIRST);
        return List.copyOf(signals);
    }

    static List<Signal> company(CompanySignalData data) {
        List<Signal> signals = new ArrayList<>();
        data.signals().forEach((name, items) -> CompanySignalType.ofLusha(name)
                .ifPresent(type -> items.forEach(item -> signals.add(company(type, item)))));
        signals.sort(NEWEST_FIRST);
        return List.copyOf(signals);
    }

    /** How many signal types returned results, which is what Lusha charges for. */
    static int typesWithResults(Map<String, ? extends List<?>> byType) {
        return (int) byType.values().stream().filter(items -> !items.isEmpty()).count();
    }

    static Signal contact(ContactSignalType type, ContactSignal s) {
        List<String> departments = s.currentDepartments() == null ? null
                : s.currentDepartments().stream().map(ContactSignalDepartment::value).filter(v -> v != null)
                        .toList();
        return new Signal(type.name(), s.signalDate(), null, s.currentTitle(), s.currentCompanyId(),
                s.currentCompanyName(), s.currentDomain(), departments, s.currentSeniorityLabel(),
                s.previousCompanyName(), s.previousDomain(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    static Signal company(CompanySignalType type, CompanySignalItem i) {
        LocalDate date = i.signalDate() != null ? i.signalDate() : i.articlePublishedDate();
        return new Signal(type.name(), date, i.signalId(), null, null, null, null, null, null, null, null,
                i.eventType(), i.eventSummary(), i.eventEffectiveDate(), i.articleTitle(), i.articleHighlight(),
                i.articleUrl(), i.changeRatePercent(), i.historicalAvg(), decimal(i.lastMonthVisits()),
                decimal(i.estimatedAnnualItSpend()), count(i.baselineEmployeesCount()), count(i.newEmployeesCount()),
                count(i.newJobsPostedLastWeek()), count(i.newJobsPostedLast4Weeks()), i.department(), i.country(),
                i.state());
    }

    private static Double decimal(Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static Integer count(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
