package io.lushagraph.simulator.prospecting;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;

import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.smallrye.mutiny.Uni;

/**
 * The simulated prospecting endpoints (searchProspectingContacts, enrichProspectingContacts, searchProspectingCompanies,
 * enrichProspectingCompanies): search contacts or companies, then enrich their rows.
 */
@Path("/lusha-sim/prospecting")
@Produces(MediaType.APPLICATION_JSON)
public class ProspectingResource {

    private final Gate gate;
    private final ContactSearcher contactSearcher;
    private final ContactRevealer contactRevealer;
    private final CompanySearcher companySearcher;
    private final CompanyRevealer companyRevealer;

    public ProspectingResource(Gate gate, ContactSearcher contactSearcher, ContactRevealer contactRevealer,
            CompanySearcher companySearcher, CompanyRevealer companyRevealer) {
        this.gate = gate;
        this.contactSearcher = contactSearcher;
        this.contactRevealer = contactRevealer;
        this.companySearcher = companySearcher;
        this.companyRevealer = companyRevealer;
    }

    @POST
    @Path("/contact/search")
    public Uni<Response> searchContacts(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.CONTACT_SEARCH, apiKey, () -> contactSearcher.search(body));
    }

    @POST
    @Path("/contact/enrich")
    public Uni<Response> enrichContacts(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.CONTACT_ENRICH, apiKey, () -> contactRevealer.enrich(body));
    }

    @POST
    @Path("/company/search")
    public Uni<Response> searchCompanies(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.COMPANY_SEARCH, apiKey, () -> companySearcher.search(body));
    }

    @POST
    @Path("/company/enrich")
    public Uni<Response> enrichCompanies(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.COMPANY_ENRICH, apiKey, () -> companyRevealer.enrich(body));
    }
}
