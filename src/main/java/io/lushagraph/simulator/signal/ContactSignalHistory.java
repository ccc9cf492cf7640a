package io.lushagraph.simulator.signal;

import java.util.List;
import java.util.Locale;

import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Universe;

/**
 * The promotions and company changes of the universe's people, drawn from the seed and each person's index: a
 * promotion about every year, a company change about every two and a half.
 */
final class ContactSignalHistory {

    private static final long PROMOTION_STREAM = 0x50_524F_4DL;
    private static final long COMPANY_CHANGE_STREAM = 0x43_4843_4EL;

    private final Universe universe;

    ContactSignalHistory(Universe universe) {
        this.universe = universe;
    }

    /** The person's items of one contact signal type in the window, newest first. */
    List<SignalItems.Contact> items(Person person, String type, SignalWindow window) {
        boolean promotion = type.equals("promotion");
        List<SignalEvents.Event> events = promotion
                ? SignalEvents.inWindow(universe.seed(), PROMOTION_STREAM, person.index(), 120, 35, window)
                : SignalEvents.inWindow(universe.seed(), COMPANY_CHANGE_STREAM, person.index(), 240, 30, window);
        Company current = universe.company(person.companyIndex());
        return window.cap(events.stream()
                .map(event -> item(person, current, promotion ? current : previous(current, event), event))
                .toList());
    }

    private Company previous(Company current, SignalEvents.Event event) {
        int count = universe.companyCount();
        return count == 1 ? current : universe.company((current.index() + 1 + event.random().nextInt(count - 1)) % count);
    }

    private static SignalItems.Contact item(Person person, Company current, Company previous,
            SignalEvents.Event event) {
        return new SignalItems.Contact(Long.toString(person.personId()), current.id(), current.name(),
                person.role().departments().get(0), person.role().seniority().toLowerCase(Locale.ROOT),
                person.role().title(), event.date().toString(), previous.name(), previous.domain(),
                current.domain());
    }
}
