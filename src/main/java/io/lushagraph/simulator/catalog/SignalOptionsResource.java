package io.lushagraph.simulator.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.universe.Place;
import io.lushagraph.simulator.universe.ReferenceData;
import io.lushagraph.simulator.universe.SignalTypes;
import io.smallrye.mutiny.Uni;

/** The simulated {@code GET /api/signals/filters/{objectType}} (Lusha's getSignalOptions), from the signal taxonomy. */
@Path("/lusha-sim/api/signals/filters")
@Produces(MediaType.APPLICATION_JSON)
public class SignalOptionsResource {

    private static final FilterWire.SignalOptions CONTACT = new FilterWire.SignalOptions(
            append(SignalTypes.CONTACT, SignalTypes.ALL_SIGNALS), "contact", null);

    private static final FilterWire.SignalOptions COMPANY = new FilterWire.SignalOptions(
            prepend(SignalTypes.ALL_SIGNALS, SignalTypes.COMPANY), "company",
            new FilterWire.FilterOptions(SignalTypes.allNewsEventTypes(), SignalTypes.hiringDepartments(),
                    hiringLocations()));

    private final Gate gate;

    public SignalOptionsResource(Gate gate) {
        this.gate = gate;
    }

    @GET
    @Path("/{objectType}")
    public Uni<Response> options(@RestHeader("api_key") String apiKey, @RestPath String objectType) {
        return gate.pass(SimEndpoint.SIGNAL_OPTIONS, apiKey, () -> switch (objectType) {
            case "contact" -> SimReply.ok(CONTACT);
            case "company" -> SimReply.ok(COMPANY);
            default -> throw RequestRejected.validation("objectType must be one of: contact, company");
        });
    }

    private static List<String> append(List<String> types, String last) {
        List<String> all = new ArrayList<>(types);
        all.add(last);
        return List.copyOf(all);
    }

    private static List<String> prepend(String first, List<String> types) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(types);
        return List.copyOf(all);
    }

    /** Every country of the universe's places, then each of their states. */
    private static List<FilterWire.HiringLocation> hiringLocations() {
        Map<String, FilterWire.HiringLocation> locations = new LinkedHashMap<>();
        for (Place place : ReferenceData.places()) {
            locations.putIfAbsent(place.country(), new FilterWire.HiringLocation(place.country(), null));
        }
        for (Place place : ReferenceData.places()) {
            if (place.state() != null) {
                locations.putIfAbsent(place.country() + "|" + place.state(),
                        new FilterWire.HiringLocation(place.country(), place.state()));
            }
        }
        return List.copyOf(locations.values());
    }
}
