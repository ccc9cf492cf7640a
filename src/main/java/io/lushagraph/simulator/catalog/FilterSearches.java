package io.lushagraph.simulator.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Place;
import io.lushagraph.simulator.universe.ReferenceData;
import io.lushagraph.simulator.universe.Universe;

/**
 * The text searches of the filter endpoints, over the universe's places, companies and the technology catalog. Each
 * takes {@code {"text": "..."}} and answers a 400 when the text is missing or blank.
 */
@Singleton
public class FilterSearches {

    private static final List<FilterWire.ContactLocation> CONTACT_LOCATIONS = contactLocationCatalog();
    private static final List<FilterWire.CompanyLocation> COMPANY_LOCATIONS = companyLocationCatalog();

    private final SimulatorUniverse universe;
    private final JsonBodies bodies;

    public FilterSearches(SimulatorUniverse universe, JsonBodies bodies) {
        this.universe = universe;
        this.bodies = bodies;
    }

    /** Countries, states and cities whose own name matches, coarsest first. */
    SimReply contactLocations(String body) {
        return SimReply.ok(TextMatch.matching(CONTACT_LOCATIONS.stream(), FilterSearches::ownName, text(body)));
    }

    /** Countries companies are headquartered in. */
    SimReply companyLocations(String body) {
        return SimReply.ok(TextMatch.matching(COMPANY_LOCATIONS.stream(), FilterWire.CompanyLocation::country,
                text(body)));
    }

    SimReply companyNames(String body) {
        String text = text(body);
        Universe world = universe.get();
        List<Company> found = TextMatch.matching(IntStream.range(0, world.companyCount()).mapToObj(world::company),
                Company::name, text);
        return SimReply.ok(found.stream().map(c -> new FilterWire.CompanyName(c.id(), c.name(),
                "https://logo.lusha.co/" + c.slug() + "-logo.jpg", "www." + c.domain())).toList());
    }

    SimReply technologies(String body) {
        return SimReply.ok(TextMatch.matching(ReferenceData.technologies().stream(), name -> name, text(body))
                .stream().map(FilterWire.Technology::new).toList());
    }

    private String text(String body) {
        String text = bodies.read(body, FilterWire.SearchText.class).text();
        if (text == null || text.isBlank()) {
            throw RequestRejected.validation("text should not be empty");
        }
        return text;
    }

    private static String ownName(FilterWire.ContactLocation location) {
        if (location.city() != null) {
            return location.city();
        }
        return location.state() != null ? location.state() : location.country();
    }

    private static List<FilterWire.ContactLocation> contactLocationCatalog() {
        Map<String, FilterWire.ContactLocation> countries = new LinkedHashMap<>();
        Map<String, FilterWire.ContactLocation> states = new LinkedHashMap<>();
        List<FilterWire.ContactLocation> cities = new ArrayList<>();
        for (Place place : ReferenceData.places()) {
            String grouping = ReferenceData.countryGrouping(place);
            countries.putIfAbsent(place.country(),
                    new FilterWire.ContactLocation(place.continent(), place.country(), null, null, grouping));
            if (place.state() != null) {
                states.putIfAbsent(place.country() + "|" + place.state(), new FilterWire.ContactLocation(
                        place.continent(), place.country(), place.state(), null, grouping));
            }
            cities.add(new FilterWire.ContactLocation(place.continent(), place.country(), place.state(),
                    place.city(), grouping));
        }
        List<FilterWire.ContactLocation> all = new ArrayList<>(countries.values());
        all.addAll(states.values());
        all.addAll(cities);
        return List.copyOf(all);
    }

    private static List<FilterWire.CompanyLocation> companyLocationCatalog() {
        Map<String, FilterWire.CompanyLocation> countries = new LinkedHashMap<>();
        for (Place place : ReferenceData.places()) {
            countries.putIfAbsent(place.country(), new FilterWire.CompanyLocation(place.country(),
                    place.continent(), ReferenceData.countryGrouping(place)));
        }
        return List.copyOf(countries.values());
    }
}
