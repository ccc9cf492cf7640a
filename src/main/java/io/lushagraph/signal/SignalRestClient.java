package io.lushagraph.signal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.lushagraph.signal.wire.CompanySignalsByIdRequest;
import io.lushagraph.signal.wire.CompanySignalsResponse;
import io.lushagraph.signal.wire.CompanySignalsSearchRequest;
import io.lushagraph.signal.wire.ContactSignalsByIdRequest;
import io.lushagraph.signal.wire.ContactSignalsResponse;
import io.lushagraph.signal.wire.ContactSignalsSearchRequest;
import io.lushagraph.signal.wire.SignalObjectType;
import io.lushagraph.signal.wire.SignalOptions;
import io.lushagraph.upstream.LushaErrorMapper;
import io.smallrye.mutiny.Uni;

/**
 * Lusha's Signals API ({@code /api/signals/*}), one method per endpoint.
 */
@RegisterRestClient(configKey = "lusha-signals")
@RegisterProvider(LushaErrorMapper.class)
@Path("/api/signals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface SignalRestClient {

    @GET
    @Path("/filters/{objectType}")
    Uni<RestResponse<SignalOptions>> options(@HeaderParam("api_key") String apiKey,
            @RestPath SignalObjectType objectType);

    @POST
    @Path("/contacts")
    Uni<RestResponse<ContactSignalsResponse>> contactSignals(@HeaderParam("api_key") String apiKey,
            ContactSignalsByIdRequest request);

    @POST
    @Path("/contacts/search")
    Uni<RestResponse<ContactSignalsResponse>> searchContactSignals(@HeaderParam("api_key") String apiKey,
            ContactSignalsSearchRequest request);

    @POST
    @Path("/companies")
    Uni<RestResponse<CompanySignalsResponse>> companySignals(@HeaderParam("api_key") String apiKey,
            CompanySignalsByIdRequest request);

    @POST
    @Path("/companies/search")
    Uni<RestResponse<CompanySignalsResponse>> searchCompanySignals(@HeaderParam("api_key") String apiKey,
            CompanySignalsSearchRequest request);
}
