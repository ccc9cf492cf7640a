package io.lushagraph.simulator.enrich;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.smallrye.mutiny.Uni;

/**
 * The simulated company enrichment endpoints (searchSingleCompanyV2, searchMultipleCompaniesV2); both bulk paths behave the
 * same.
 */
@Path("/lusha-sim")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final Gate gate;
    private final CompanyEnricher enricher;

    public CompanyResource(Gate gate, CompanyEnricher enricher) {
        this.gate = gate;
        this.enricher = enricher;
    }

    @GET
    @Path("/v2/company")
    public Uni<Response> enrich(@RestHeader("api_key") String apiKey, @RestQuery String companyId,
            @RestQuery String domain, @RestQuery String company) {
        return gate.pass(SimEndpoint.COMPANY_GET, apiKey, () -> enricher.single(companyId, domain, company));
    }

    @POST
    @Path("/bulk/company/v2")
    public Uni<Response> enrichBulk(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.COMPANY_BULK, apiKey, () -> enricher.bulk(SimEndpoint.COMPANY_BULK, body));
    }

    @POST
    @Path("/v2/company")
    public Uni<Response> enrichBulkAlias(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.COMPANY_BULK_ALIAS, apiKey,
                () -> enricher.bulk(SimEndpoint.COMPANY_BULK_ALIAS, body));
    }
}
