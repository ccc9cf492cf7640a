package io.lushagraph.person;

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

import io.lushagraph.person.wire.BulkPersonRequest;
import io.lushagraph.person.wire.BulkPersonResponse;
import io.lushagraph.person.wire.SingleContactResponse;
import io.lushagraph.upstream.LushaErrorMapper;
import io.smallrye.mutiny.Uni;

/** Lusha's person enrichment endpoints (Lusha's searchSingleContact and searchMultipleContacts). */
@RegisterRestClient(configKey = "lusha-person")
@RegisterProvider(LushaErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface PersonRestClient {

    @GET
    @Path("/v2/person")
    Uni<RestResponse<SingleContactResponse>> getPerson(@HeaderParam("api_key") String apiKey,
            @RestQuery String personId, @RestQuery String email, @RestQuery String linkedinUrl,
            @RestQuery String firstName, @RestQuery String lastName, @RestQuery String companyName,
            @RestQuery String companyDomain, @RestQuery Boolean revealEmails, @RestQuery Boolean revealPhones,
            @RestQuery String filterBy, @RestQuery Boolean refreshJobInfo, @RestQuery Boolean partialProfile);

    @POST
    @Path("/v2/person")
    Uni<RestResponse<BulkPersonResponse>> bulkPerson(@HeaderParam("api_key") String apiKey,
            BulkPersonRequest request);
}
