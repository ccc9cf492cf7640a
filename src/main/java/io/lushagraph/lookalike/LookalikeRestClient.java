package io.lushagraph.lookalike;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.lushagraph.lookalike.wire.CompanyLookalikesRequest;
import io.lushagraph.lookalike.wire.CompanyLookalikesResponse;
import io.lushagraph.lookalike.wire.CompanyRecommendationsRequest;
import io.lushagraph.lookalike.wire.CompanyRecommendationsResponse;
import io.lushagraph.lookalike.wire.ContactLookalikesRequest;
import io.lushagraph.lookalike.wire.ContactLookalikesResponse;
import io.lushagraph.lookalike.wire.ContactRecommendationsRequest;
import io.lushagraph.lookalike.wire.ContactRecommendationsResponse;
import io.lushagraph.upstream.LushaErrorMapper;
import io.smallrye.mutiny.Uni;

/**
 * Lusha's lookalike endpoints: the legacy recommendations ({@code /api/recommendations/*}, paged by
 * {@code requestId}) and the lookalikes ({@code /v3/lookalike/*}, deduplicated by {@code dedupeSessionId}).
 */
@RegisterRestClient(configKey = "lusha-lookalikes")
@RegisterProvider(LushaErrorMapper.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface LookalikeRestClient {

    @POST
    @Path("/api/recommendations/contacts")
    Uni<RestResponse<ContactRecommendationsResponse>> contactRecommendations(@HeaderParam("api_key") String apiKey,
            ContactRecommendationsRequest request);

    @POST
    @Path("/api/recommendations/companies")
    Uni<RestResponse<CompanyRecommendationsResponse>> companyRecommendations(@HeaderParam("api_key") String apiKey,
            CompanyRecommendationsRequest request);

    @POST
    @Path("/v3/lookalike/contacts")
    Uni<RestResponse<ContactLookalikesResponse>> contactLookalikes(@HeaderParam("api_key") String apiKey,
            ContactLookalikesRequest request);

    @POST
    @Path("/v3/lookalike/companies")
    Uni<RestResponse<CompanyLookalikesResponse>> companyLookalikes(@HeaderParam("api_key") String apiKey,
            CompanyLookalikesRequest request);
}
