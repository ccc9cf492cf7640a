package io.lushagraph.simulator.enrich;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestHeader;

import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.smallrye.mutiny.Uni;

/** The simulated person enrichment endpoints (Lusha's searchSingleContact and searchMultipleContacts). */
@Path("/lusha-sim/v2/person")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final Gate gate;
    private final PersonEnricher enricher;

    public PersonResource(Gate gate, PersonEnricher enricher) {
        this.gate = gate;
        this.enricher = enricher;
    }

    @GET
    public Uni<Response> enrich(@RestHeader("api_key") String apiKey, @Context UriInfo uri) {
        return gate.pass(SimEndpoint.PERSON_GET, apiKey,
                () -> enricher.single(PersonQueryParser.parse(uri.getQueryParameters())));
    }

    @POST
    public Uni<Response> enrichBulk(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.PERSON_BULK, apiKey, () -> enricher.bulk(body));
    }
}
