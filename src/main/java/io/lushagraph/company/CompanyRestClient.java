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

/**
 * Lusha's company enrichment endpoints; the bulk one, {@code searchMultipleCompaniesV2}, is published under two
 * paths: {@code POST /v2/company} (the OpenAPI path, which Lusha's own clients call) and {@code POST /bulk/company/v2}
 * (the URL its description names).
 */
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
    @Path("/v2/company")
    Uni<RestResponse<Map<String, WireBulkCompany>>> bulkCompany(@HeaderParam("api_key") String apiKey,
            BulkCompanyRequest request);

    @POST
    @Path("/bulk/company/v2")
    Uni<RestResponse<Map<String, WireBulkCompany>>> bulkCompanyFallback(@HeaderParam("api_key") String apiKey,
            BulkCompanyRequest request);
}
