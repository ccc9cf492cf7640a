package io.lushagraph.simulator.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * Signals an enrichment request asks for inline ({@code signals}, {@code signalsStartDate} and, for companies,
 * {@code signalsFilters}); none when it names no signal type.
 */
public record InlineSignals(List<String> types, LocalDate startDate, CompanySignalFilter filter) {

    public static final InlineSignals NONE = new InlineSignals(List.of(), null, CompanySignalFilter.NONE);

    /** The contact signals of a person request; unknown names and malformed dates are a 400. */
    public static InlineSignals contact(List<String> signals, String startDate) {
        if (signals == null || signals.isEmpty()) {
            return NONE;
        }
        return new InlineSignals(SignalRequests.contactTypes("signals", signals),
                SignalRequests.date("signalsStartDate", startDate), CompanySignalFilter.NONE);
    }

    /** The company signals of a bulk company request. */
    public static InlineSignals company(List<String> signals, String startDate, SignalRequests.Filters filters) {
        if (signals == null || signals.isEmpty()) {
            return NONE;
        }
        return new InlineSignals(SignalRequests.companyTypes("signals", signals),
                SignalRequests.date("signalsStartDate", startDate),
                SignalRequests.filter("signalsFilters", filters));
    }

    public boolean asked() {
        return !types.isEmpty();
    }
}
