package io.lushagraph.simulator.lookalike;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;

import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The simulated lookalike endpoints with {@code dedupeSessionId} sessions (Lusha's getContactLookalikes and
 * getCompanyLookalikes). Ranking the universe
 * takes a few milliseconds, so they run on worker threads.
 */
@Path("/lusha-sim/v3/lookalike")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class LookalikeResource {

    private final Gate gate;
    private final ContactLookalikeFinder contacts;
    private final CompanyLookalikeFinder companies;

    public LookalikeResource(Gate gate, ContactLookalikeFinder contacts, CompanyLookalikeFinder companies) {
        this.gate = gate;
        this.contacts = contacts;
        this.companies = companies;
    }

    @POST
    @Path("/contacts")
    public Uni<Response> contacts(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.CONTACT_LOOKALIKES, apiKey, () -> contacts.find(body));
    }

    @POST
    @Path("/companies")
    public Uni<Response> companies(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.COMPANY_LOOKALIKES, apiKey, () -> companies.find(body));
    }
}
