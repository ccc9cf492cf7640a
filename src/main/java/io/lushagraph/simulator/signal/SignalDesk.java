package io.lushagraph.simulator.signal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Person;

/**
 * The signals of people and companies in a window, as the signal endpoints and the enrichment endpoints answer
 * them, charged as Lusha charges signals: one credit for each requested type that returns results, per entity.
 */
@Singleton
public class SignalDesk {

    private final SimulatorUniverse universe;
    private final Billing billing;
    private final SimulatorToday today;

    public SignalDesk(SimulatorUniverse universe, Billing billing, SimulatorToday today) {
        this.universe = universe;
        this.billing = billing;
        this.today = today;
    }

    /** The signal arrays of one entity, by type in the order asked, and the credits they cost. */
    public record Found(Map<String, List<?>> byType, int creditCharged) {
    }

    /** From {@code startDate} (default: six months ago) to today, capped at {@code maxResults} items per type. */
    private SignalWindow window(LocalDate startDate, int maxResults) {
        LocalDate end = today.get();
        LocalDate start = startDate == null ? end.minusMonths(SignalWindow.DEFAULT_MONTHS) : startDate;
        return new SignalWindow(start, end, maxResults);
    }

    /** The window of a signal endpoint's {@code startDate} and {@code maxResultsPerSignal}. */
    SignalWindow windowOf(String startDate, Integer maxResultsPerSignal) {
        return window(SignalRequests.date("startDate", startDate), SignalRequests.maxResults(maxResultsPerSignal));
    }

    /** A person's inline signals with their credits charged; null when none were asked for. */
    public Map<String, List<?>> inline(Person person, InlineSignals asked) {
        return asked.asked() ? contact(person, asked.types(), window(asked.startDate(), 0)).byType() : null;
    }

    /** A company's inline signals with their credits charged; null when none were asked for. */
    public Map<String, List<?>> inline(Company company, InlineSignals asked) {
        return asked.asked()
                ? company(company, asked.types(), window(asked.startDate(), 0), asked.filter()).byType()
                : null;
    }

    public Found contact(Person person, List<String> types, SignalWindow window) {
        ContactSignalHistory history = new ContactSignalHistory(universe.get());
        Map<String, List<?>> byType = new LinkedHashMap<>();
        int charged = 0;
        for (String type : types) {
            List<SignalItems.Contact> items = history.items(person, type, window);
            byType.put(type, items);
            if (!items.isEmpty() && billing.charge(SignalReveals.contact(person.personId(), type))) {
                charged++;
            }
        }
        return new Found(byType, charged);
    }

    public Found company(Company company, List<String> types, SignalWindow window, CompanySignalFilter filter) {
        CompanySignalHistory history = new CompanySignalHistory(universe.get());
        Map<String, List<?>> byType = new LinkedHashMap<>();
        int charged = 0;
        for (String type : types) {
            List<Object> items = history.items(company, type, window, filter);
            byType.put(type, items);
            if (!items.isEmpty() && billing.charge(SignalReveals.company(company.id(), type))) {
                charged++;
            }
        }
        return new Found(byType, charged);
    }
}
