package io.lushagraph.account;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.lushagraph.account.wire.AccountUsageResponse;
import io.lushagraph.upstream.LushaErrorMapper;
import io.smallrye.mutiny.Uni;

/** Lusha's credit usage endpoint (getAccountUsageStats), limited by Lusha to 5 requests a minute. */
@RegisterRestClient(configKey = "lusha-account")
@RegisterProvider(LushaErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
interface AccountRestClient {

    @GET
    @Path("/account/usage")
    Uni<RestResponse<AccountUsageResponse>> usage(@HeaderParam("api_key") String apiKey);
}
