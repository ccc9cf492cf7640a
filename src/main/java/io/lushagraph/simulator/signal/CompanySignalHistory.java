package io.lushagraph.simulator.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Place;
import io.lushagraph.simulator.universe.SignalTypes;
import io.lushagraph.simulator.universe.Universe;

/**
 * The company signals of the universe, drawn from the seed and each company's index: one event stream per family
 * (website traffic, IT spend, headcount per horizon, hiring surges, each news category), whose events are rendered
 * in the item shape of their signal type (as getCompanySignalsById answers them). Increases and decreases of one family share a
 * stream, so
 * a company never grows and shrinks in the same period.
 */
final class CompanySignalHistory {

    private static final long SIGNAL_ID_BASE = 1_500_000;

    private final Universe universe;

    CompanySignalHistory(Universe universe) {
        this.universe = universe;
    }

    /** The company's items of one company signal type in the window that the filter admits, newest first. */
    List<Object> items(Company company, String type, SignalWindow window, CompanySignalFilter filter) {
        CompanyStream stream = CompanyStream.of(type);
        List<Object> items = new ArrayList<>();
        for (SignalEvents.Event event : SignalEvents.inWindow(universe.seed(), stream.id(), company.index(),
                stream.bucketDays(), stream.percent(), window)) {
            boolean increase = event.random().nextInt(100) < 60;
            if (stream.direction() != 0 && increase != stream.direction() > 0) {
                continue;
            }
            Object item = render(company, type, stream, event, filter);
            if (item != null) {
                items.add(item);
            }
        }
        return window.cap(items);
    }

    private Object render(Company company, String type, CompanyStream stream, SignalEvents.Event event,
            CompanySignalFilter filter) {
        Draw draw = new Draw(company, signalId(company, stream, event), event);
        return switch (stream.family()) {
            case WEBSITE_TRAFFIC -> draw.websiteTraffic(stream.direction());
            case IT_SPEND -> draw.itSpend(stream.direction());
            case HEADCOUNT -> draw.headcount(stream.direction());
            case HIRING -> draw.hiringSurge();
            case HIRING_BY_DEPARTMENT -> draw.departmentHiring(filter);
            case HIRING_BY_LOCATION -> draw.locationHiring(location(company, event), filter);
            case NEWS -> draw.news(SignalTypes.NEWS_EVENT_TYPES.get(type), filter);
        };
    }

    /** The headquarters of the company mostly, else of another company of the universe. */
    private Place location(Company company, SignalEvents.Event event) {
        if (event.random().nextInt(100) < 60) {
            return company.headquarters();
        }
        return universe.company(event.random().nextInt(universe.companyCount())).headquarters();
    }

    private static String signalId(Company company, CompanyStream stream, SignalEvents.Event event) {
        long id = SIGNAL_ID_BASE + ((long) company.index() * CompanyStream.COUNT + stream.ordinalId()) * 1000
                + event.bucket() % 1000;
        return Long.toString(id);
    }

    /** Draws the details of one event from its random stream. */
    private record Draw(Company company, String signalId, SignalEvents.Event event) {

        String date() {
            return event.date().toString();
        }

        int rate(int direction, int upTo) {
            int magnitude = 5 + event.random().nextInt(upTo);
            return direction < 0 ? -Math.min(magnitude, 80) : magnitude;
        }

        long scaled(long base, int rate) {
            return Math.max(0, base * (100 + rate) / 100);
        }

        SignalItems.WebsiteTraffic websiteTraffic(int direction) {
            long average = (company.employeesInLinkedin() + 50) * (20 + event.random().nextInt(80));
            int rate = rate(direction, 120);
            return new SignalItems.WebsiteTraffic(id(), signalId, date(), average, scaled(average, rate), rate,
                    company.name(), company.domain());
        }

        SignalItems.ItSpend itSpend(int direction) {
            long spend = (company.employeesInLinkedin() + 10) * (2_000 + event.random().nextInt(10_000));
            return new SignalItems.ItSpend(id(), signalId, date(), spend, rate(direction, 60), company.name(),
                    company.domain());
        }

        SignalItems.Headcount headcount(int direction) {
            long baseline = Math.max(1, company.employeesInLinkedin());
            int rate = rate(direction, 40);
            return new SignalItems.Headcount(id(), signalId, date(), baseline, scaled(baseline, rate), rate,
                    company.name(), company.domain());
        }

        SignalItems.HiringSurge hiringSurge() {
            long average = 1 + event.random().nextInt(40);
            int rate = rate(1, 250);
            return new SignalItems.HiringSurge(id(), signalId, date(), scaled(average, rate), average, rate,
                    company.name(), company.domain());
        }

        SignalItems.DepartmentHiring departmentHiring(CompanySignalFilter filter) {
            String department = SignalTypes.hiringDepartments()
                    .get(event.random().nextInt(SignalTypes.hiringDepartments().size()));
            if (!filter.admitsDepartment(department)) {
                return null;
            }
            long average = 1 + event.random().nextInt(30);
            int rate = rate(1, 250);
            return new SignalItems.DepartmentHiring(signalId, id(), department, date(), scaled(average, rate), average,
                    rate, company.name(), company.domain());
        }

        SignalItems.LocationHiring locationHiring(Place place, CompanySignalFilter filter) {
            if (!filter.admitsLocation(place.country(), place.state())) {
                return null;
            }
            long average = 1 + event.random().nextInt(30);
            int rate = rate(1, 250);
            return new SignalItems.LocationHiring(signalId, id(), place.country(), place.state(), date(),
                    scaled(average, rate), average, rate, company.name(), company.domain());
        }

        SignalItems.News news(List<String> eventTypes, CompanySignalFilter filter) {
            String eventType = eventTypes.get(event.random().nextInt(eventTypes.size()));
            if (!filter.admitsNews(eventType)) {
                return null;
            }
            String phrase = NewsHeadlines.phrase(eventType);
            String title = company.name() + " " + phrase;
            String effective = event.date().minusDays(event.random().nextInt(8)).toString();
            return new SignalItems.News(id(), company.name(), company.domain(), signalId,
                    eventType.toLowerCase(Locale.ROOT), title + ", the company said on " + effective + ".", date(),
                    title, "Reports say " + company.name() + " " + phrase + " as it plans its next steps.",
                    effective, "https://news.example/" + company.slug() + "/" + signalId);
        }

        private String id() {
            return Long.toString(company.id());
        }
    }
}
