package io.lushagraph.company;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.lushagraph.company.wire.BulkCompanyRequest;
import io.lushagraph.company.wire.CompanySingleResponse;
import io.lushagraph.company.wire.WireBulkCompany;
import io.lushagraph.upstream.LushaErrorMapper;
import io.smallrye.mutiny.Uni;

/** Lusha's company enrichment endpoints (CONTRACT §3.3, §3.4); the bulk one answers under two paths. */
@RegisterRestClient(configKey = "lusha-company")
@RegisterProvider(LushaErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CompanyRestClient {

    @GET
    @Path("/v2/company")
    Uni<RestResponse<CompanySingleResponse>> getCompany(@HeaderParam("api_key") String apiKey,
            @RestQuery String domain, @RestQuery("company") String name, @RestQuery String companyId,
            @RestQuery Boolean partialCompany);

    @POST
    @Path("/bulk/company/v2")
    Uni<RestResponse<Map<String, WireBulkCompany>>> bulkCompany(@HeaderParam("api_key") String apiKey,
            BulkCompanyRequest request);

    @POST
    @Path("/v2/company")
    Uni<RestResponse<Map<String, WireBulkCompany>>> bulkCompanyAlias(@HeaderParam("api_key") String apiKey,
            BulkCompanyRequest request);
}
