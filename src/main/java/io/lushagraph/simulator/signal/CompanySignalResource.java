package io.lushagraph.simulator.signal;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;

import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.smallrye.mutiny.Uni;

/** The simulated company signal endpoints (getCompanySignalsById, searchCompanySignals). */
@Path("/lusha-sim/api/signals/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanySignalResource {

    private final Gate gate;
    private final CompanySignalEndpoints endpoints;

    public CompanySignalResource(Gate gate, CompanySignalEndpoints endpoints) {
        this.gate = gate;
        this.endpoints = endpoints;
    }

    @POST
    public Uni<Response> byId(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.COMPANY_SIGNALS, apiKey, () -> endpoints.byId(body));
    }

    @POST
    @Path("/search")
    public Uni<Response> search(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.COMPANY_SIGNALS_SEARCH, apiKey, () -> endpoints.search(body));
    }
}
