package io.lushagraph.prospecting;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.lushagraph.prospecting.wire.CompanyEnrichRequest;
import io.lushagraph.prospecting.wire.CompanyEnrichResponse;
import io.lushagraph.prospecting.wire.CompanySearchRequest;
import io.lushagraph.prospecting.wire.CompanySearchResponse;
import io.lushagraph.prospecting.wire.ContactEnrichRequest;
import io.lushagraph.prospecting.wire.ContactEnrichResponse;
import io.lushagraph.prospecting.wire.ContactSearchRequest;
import io.lushagraph.prospecting.wire.ContactSearchResponse;
import io.lushagraph.upstream.LushaErrorMapper;
import io.smallrye.mutiny.Uni;

/**
 * Lusha's prospecting search and enrich endpoints ({@code /prospecting/{contact,company}/{search,enrich}}).
 */
@RegisterRestClient(configKey = "lusha-prospecting")
@RegisterProvider(LushaErrorMapper.class)
@Path("/prospecting")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ProspectingRestClient {

    @POST
    @Path("/contact/search")
    Uni<RestResponse<ContactSearchResponse>> searchContacts(@HeaderParam("api_key") String apiKey,
            ContactSearchRequest request);

    @POST
    @Path("/contact/enrich")
    Uni<RestResponse<ContactEnrichResponse>> enrichContacts(@HeaderParam("api_key") String apiKey,
            ContactEnrichRequest request);

    @POST
    @Path("/company/search")
    Uni<RestResponse<CompanySearchResponse>> searchCompanies(@HeaderParam("api_key") String apiKey,
            CompanySearchRequest request);

    @POST
    @Path("/company/enrich")
    Uni<RestResponse<CompanyEnrichResponse>> enrichCompanies(@HeaderParam("api_key") String apiKey,
            CompanyEnrichRequest request);
}
