package io.lushagraph.simulator.webhook;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.lushagraph.simulator.signal.SignalItems;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.SignalTypes;
import io.lushagraph.simulator.universe.Universe;

/**
 * The {@code data} of a delivered signal: a signal item of the simulator's shapes (as getContactSignalsById answers) dated
 * today.
 */
final class SignalData {

    private SignalData() {
    }

    static SignalItems.Contact contact(Universe universe, Person person, String type, LocalDate today) {
        Company current = universe.company(person.companyIndex());
        Company previous = type.equals("promotion") || universe.companyCount() == 1 ? current
                : universe.company((current.index() + 1) % universe.companyCount());
        return new SignalItems.Contact(Long.toString(person.personId()), current.id(), current.name(),
                person.role().departments().get(0), person.role().seniority().toLowerCase(Locale.ROOT),
                person.role().title(), today.toString(), previous.name(), previous.domain(), current.domain());
    }

    static Object company(Company company, String type, LocalDate today, String signalId) {
        Random random = new Random(company.id() * 31 + type.hashCode());
        String id = Long.toString(company.id());
        String date = today.toString();
        int rate = (type.contains("Decrease") ? -1 : 1) * (5 + random.nextInt(40));
        long base = Math.max(1, company.employeesInLinkedin());
        List<String> eventTypes = SignalTypes.NEWS_EVENT_TYPES.get(type);
        if (eventTypes != null) {
            String eventType = eventTypes.get(random.nextInt(eventTypes.size()));
            String title = company.name() + ": " + eventType;
            return new SignalItems.News(id, company.name(), company.domain(), signalId,
                    eventType.toLowerCase(Locale.ROOT), title + " reported on " + date + ".", date, title,
                    "Reports say " + company.name() + " announced a " + eventType.toLowerCase(Locale.ROOT) + ".",
                    date, "https://news.example/" + company.slug() + "/" + signalId);
        }
        if (type.startsWith("websiteTraffic")) {
            long average = (base + 50) * 40;
            return new SignalItems.WebsiteTraffic(id, signalId, date, average, scaled(average, rate), rate,
                    company.name(), company.domain());
        }
        if (type.startsWith("itSpend")) {
            return new SignalItems.ItSpend(id, signalId, date, (base + 10) * 5_000, rate, company.name(),
                    company.domain());
        }
        if (type.startsWith("headcount")) {
            return new SignalItems.Headcount(id, signalId, date, base, scaled(base, rate), rate, company.name(),
                    company.domain());
        }
        long average = 1 + random.nextInt(30);
        int surge = 50 + random.nextInt(200);
        if (type.equals("surgeInHiringByDepartment")) {
            String department = SignalTypes.hiringDepartments().get(random.nextInt(SignalTypes.hiringDepartments().size()));
            return new SignalItems.DepartmentHiring(signalId, id, department, date, scaled(average, surge), average,
                    surge, company.name(), company.domain());
        }
        if (type.equals("surgeInHiringByLocation")) {
            return new SignalItems.LocationHiring(signalId, id, company.headquarters().country(),
                    company.headquarters().state(), date, scaled(average, surge), average, surge, company.name(),
                    company.domain());
        }
        return new SignalItems.HiringSurge(id, signalId, date, scaled(average, surge), average, surge,
                company.name(), company.domain());
    }

    private static long scaled(long base, int rate) {
        return Math.max(0, base * (100 + rate) / 100);
    }
}
