package io.lushagraph.simulator.webhook;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The simulated webhook subscription endpoints (Lusha's createSubscription to createOptOutSubscription). Blocking, since
 * creating or re-pointing a
 * subscription waits for the receiver to answer the URL challenge.
 */
@Path("/lusha-sim/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SubscriptionResource {

    private final Gate gate;
    private final SubscriptionDesk desk;
    private final SubscriptionUpdates updates;
    private final AccountViews views;

    public SubscriptionResource(Gate gate, SubscriptionDesk desk, SubscriptionUpdates updates, AccountViews views) {
        this.gate = gate;
        this.desk = desk;
        this.updates = updates;
        this.views = views;
    }

    @POST
    public Uni<Response> create(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.SUBSCRIPTIONS_CREATE, apiKey, () -> desk.create(body));
    }

    @GET
    public Uni<Response> list(@RestHeader("api_key") String apiKey, @RestQuery String limit,
            @RestQuery String offset) {
        return gate.pass(SimEndpoint.SUBSCRIPTIONS_LIST, apiKey, () -> views.list(limit, offset));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@RestHeader("api_key") String apiKey, @RestPath String id) {
        return gate.pass(SimEndpoint.SUBSCRIPTION_GET, apiKey, () -> views.get(id));
    }

    @PATCH
    @Path("/{id}")
    public Uni<Response> update(@RestHeader("api_key") String apiKey, @RestPath String id, String body) {
        return gate.pass(SimEndpoint.SUBSCRIPTION_UPDATE, apiKey, () -> updates.update(id, body));
    }

    @POST
    @Path("/delete")
    public Uni<Response> delete(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.SUBSCRIPTIONS_DELETE, apiKey, () -> desk.delete(body));
    }

    @POST
    @Path("/{id}/test")
    public Uni<Response> test(@RestHeader("api_key") String apiKey, @RestPath String id, @RestQuery String mode) {
        return gate.pass(SimEndpoint.SUBSCRIPTION_TEST, apiKey, () -> updates.test(id, mode));
    }

    @POST
    @Path("/opt-out")
    public Uni<Response> optOut(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.OPT_OUT_SUBSCRIPTION, apiKey, () -> desk.optOut(body));
    }
}
