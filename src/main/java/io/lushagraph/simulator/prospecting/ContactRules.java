package io.lushagraph.simulator.prospecting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.lushagraph.simulator.universe.Place;
import io.lushagraph.simulator.universe.Universe;

/**
 * Turns {@code ContactFilters} into rules over people: within a key any value matches; job titles match when they
 * contain a given title, and {@code searchText} when every word appears in the person's name, title, departments,
 * company or place.
 */
final class ContactRules {

    private ContactRules() {
    }

    /** The rules of an include or exclude set; {@code path} names it in validation messages. */
    static Criteria.Rules<Prospect> of(SearchBodies.ContactCriteria c, String path, Universe world) {
        List<Predicate<Prospect>> rules = new ArrayList<>();
        if (c == null) {
            return new Criteria.Rules<>(rules);
        }
        add(rules, c.departments(),
                departments -> p -> p.role().departments().stream().anyMatch(d -> Criteria.anyIs(departments, d)));
        add(rules, c.seniority(), ids -> p -> Criteria.anyIs(ids, Integer.toString(p.role().seniorityId())));
        add(rules, c.existingDataPoints(), points -> p -> points.stream().anyMatch(point -> has(p, point)));
        add(rules, c.locations(), places -> p -> places.stream().anyMatch(where -> Criteria.at(where, p.place())));
        add(rules, c.jobTitles(), titles -> p -> titles.stream().filter(Criteria::given)
                .anyMatch(t -> p.role().title().toLowerCase(Locale.ROOT).contains(t.trim().toLowerCase(Locale.ROOT))));
        add(rules, c.linkedinUrls(), urls -> {
            Set<Integer> people = new HashSet<>();
            urls.forEach(url -> world.personByLinkedin(url).ifPresent(people::add));
            return p -> people.contains(p.index());
        });
        if (Criteria.given(c.searchText())) {
            rules.add(p -> Criteria.allWordsIn(c.searchText(), haystack(p, world)));
        }
        if (c.signal() != null && Criteria.given(c.signal().names())) {
            LocalDate since = Criteria.startDate(c.signal(), path + ".signal");
            rules.add(p -> DerivedSignals.matches(DerivedSignals.of(p), c.signal().names(), since));
        }
        return new Criteria.Rules<>(rules);
    }

    private static <V> void add(List<Predicate<Prospect>> rules, List<V> values,
            Function<List<V>, Predicate<Prospect>> rule) {
        if (Criteria.given(values)) {
            rules.add(rule.apply(values.stream().filter(Objects::nonNull).toList()));
        }
    }

    /** Whether the person has one of Lusha's existing data points. */
    private static boolean has(Prospect p, String point) {
        return switch (point.trim().toLowerCase(Locale.ROOT)) {
            case "phone" -> p.hasPhone();
            case "work_email" -> p.hasEmail();
            case "mobile_phone" -> p.hasMobilePhone();
            case "direct_phone" -> p.hasDirectPhone();
            default -> false;
        };
    }

    private static String haystack(Prospect p, Universe world) {
        Place place = p.place();
        return String.join(" ", p.fullName(), p.role().title(), String.join(" ", p.role().departments()),
                world.company(p.companyIndex()).name(), place.city(), Objects.toString(place.state(), ""),
                place.country());
    }
}
