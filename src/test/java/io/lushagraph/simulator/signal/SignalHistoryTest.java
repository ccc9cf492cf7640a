package io.lushagraph.simulator.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.SignalTypes;
import io.lushagraph.simulator.universe.Universe;

/** The signal histories are a pure function of the seed and the entity, and every window holds its share. */
class SignalHistoryTest {

    private static final SignalWindow FIVE_YEARS = new SignalWindow(LocalDate.of(2021, 1, 1),
            LocalDate.of(2025, 12, 31), 0);

    private static Universe universe;

    @BeforeAll
    static void build() {
        universe = Universe.build(7, 2_000, 300);
    }

    @Test
    void theSameSeedAndEntityGiveTheSameItemsWhateverTheDay() {
        ContactSignalHistory people = new ContactSignalHistory(universe);
        ContactSignalHistory again = new ContactSignalHistory(Universe.build(7, 2_000, 300));
        SignalWindow later = new SignalWindow(FIVE_YEARS.from(), LocalDate.of(2026, 6, 30), 0);

        for (int i = 0; i < 50; i++) {
            for (String type : SignalTypes.CONTACT) {
                List<SignalItems.Contact> items = people.items(universe.person(i), type, FIVE_YEARS);
                assertThat(again.items(universe.person(i), type, FIVE_YEARS)).isEqualTo(items);
                assertThat(people.items(universe.person(i), type, later)).containsAll(items);
            }
        }
    }

    @Test
    void itemsFallInsideTheWindowNewestFirstAndUpToTheCap() {
        SignalWindow window = new SignalWindow(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), 0);
        CompanySignalHistory companies = new CompanySignalHistory(universe);
        List<LocalDate> dates = new ArrayList<>();

        for (int i = 0; i < 100; i++) {
            List<Object> items = companies.items(universe.company(i), "surgeInHiring", window,
                    CompanySignalFilter.NONE);
            List<LocalDate> own = items.stream()
                    .map(item -> LocalDate.parse(((SignalItems.HiringSurge) item).signalDate())).toList();
            assertThat(own).isSortedAccordingTo((a, b) -> b.compareTo(a)).allMatch(window::contains);
            assertThat(companies.items(universe.company(i), "surgeInHiring",
                    new SignalWindow(window.from(), window.to(), 2), CompanySignalFilter.NONE))
                    .isEqualTo(items.subList(0, Math.min(2, items.size())));
            dates.addAll(own);
        }
        assertThat(dates).hasSizeGreaterThan(200);
    }

    @Test
    void everyCompanySignalTypeOccursAndAnIncreaseNeverSharesAPeriodWithADecrease() {
        CompanySignalHistory companies = new CompanySignalHistory(universe);
        for (String type : SignalTypes.COMPANY) {
            long total = IntStream.range(0, 40).mapToLong(i -> companies
                    .items(universe.company(i), type, FIVE_YEARS, CompanySignalFilter.NONE).size()).sum();
            assertThat(total).as(type).isPositive();
        }
        for (int i = 0; i < 40; i++) {
            Company company = universe.company(i);
            List<String> up = signalIds(companies.items(company, "headcountIncrease3m", FIVE_YEARS,
                    CompanySignalFilter.NONE));
            List<String> down = signalIds(companies.items(company, "headcountDecrease3m", FIVE_YEARS,
                    CompanySignalFilter.NONE));
            assertThat(up).noneMatch(down::contains);
        }
    }

    @Test
    void newsEventTypesBelongToTheirCategoryAndFiltersNarrowThem() {
        CompanySignalHistory companies = new CompanySignalHistory(universe);
        CompanySignalFilter partnerships = CompanySignalFilter.of(List.of("partnership", "No Such Type"), null,
                null);
        List<SignalItems.News> all = new ArrayList<>();
        List<SignalItems.News> narrowed = new ArrayList<>();

        for (int i = 0; i < 60; i++) {
            companies.items(universe.company(i), "commercialActivityNews", FIVE_YEARS, CompanySignalFilter.NONE)
                    .forEach(item -> all.add((SignalItems.News) item));
            companies.items(universe.company(i), "commercialActivityNews", FIVE_YEARS, partnerships)
                    .forEach(item -> narrowed.add((SignalItems.News) item));
        }

        assertThat(all).extracting(SignalItems.News::eventType).containsOnly("partnership", "new customer",
                "new vendor");
        assertThat(narrowed).isNotEmpty().extracting(SignalItems.News::eventType).containsOnly("partnership");
        assertThat(all).containsAll(narrowed);
    }

    private static List<String> signalIds(List<Object> items) {
        return items.stream().map(item -> ((SignalItems.Headcount) item).signalId()).toList();
    }
}
