package io.lushagraph.simulator.lookalike;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;

import io.lushagraph.simulator.gate.ErrorBody;
import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The simulated legacy recommendation endpoints with {@code requestId} paging (getContactRecommendations and its company twin).
 * Every error
 * they answer, the gate's too, takes their documented shape {@code {error: {code, message}}}.
 */
@Path("/lusha-sim/api/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class RecommendationResource {

    private final Gate gate;
    private final RecommendationFinder finder;

    public RecommendationResource(Gate gate, RecommendationFinder finder) {
        this.gate = gate;
        this.finder = finder;
    }

    @POST
    @Path("/contacts")
    public Uni<Response> contacts(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.CONTACT_RECOMMENDATIONS, apiKey, () -> finder.contacts(body))
                .map(RecommendationResource::legacyErrors);
    }

    @POST
    @Path("/companies")
    public Uni<Response> companies(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.COMPANY_RECOMMENDATIONS, apiKey, () -> finder.companies(body))
                .map(RecommendationResource::legacyErrors);
    }

    static Response legacyErrors(Response response) {
        if (!(response.getEntity() instanceof ErrorBody error)) {
            return response;
        }
        String message = error.errors() == null ? error.message()
                : error.message() + ": " + String.join("; ", error.errors());
        return Response.fromResponse(response)
                .entity(new LookalikeWire.LegacyError(new LookalikeWire.LegacyError.Detail(error.statusCode(), message)))
                .build();
    }
}
