package io.lushagraph.simulator.webhook;

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
 * The simulated audit log and account secret endpoints (getAuditLogs, getAuditLogStats, getAccountSecret,
 * regenerateAccountSecret).
 */
@Path("/lusha-sim/api")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookAccountResource {

    private final Gate gate;
    private final AccountViews views;

    public WebhookAccountResource(Gate gate, AccountViews views) {
        this.gate = gate;
        this.views = views;
    }

    @GET
    @Path("/audit-logs")
    public Uni<Response> auditLogs(@RestHeader("api_key") String apiKey, @RestQuery String subscriptionId,
            @RestQuery String status, @RestQuery String limit, @RestQuery String offset) {
        return gate.pass(SimEndpoint.AUDIT_LOGS, apiKey, () -> views.auditLogs(subscriptionId, status, limit, offset));
    }

    @GET
    @Path("/audit-logs/stats")
    public Uni<Response> auditStats(@RestHeader("api_key") String apiKey, @RestQuery String subscriptionId) {
        return gate.pass(SimEndpoint.AUDIT_LOG_STATS, apiKey, () -> views.auditStats(subscriptionId));
    }

    @GET
    @Path("/account/secret")
    public Uni<Response> secret(@RestHeader("api_key") String apiKey) {
        return gate.pass(SimEndpoint.ACCOUNT_SECRET, apiKey, views::secret);
    }

    @POST
    @Path("/account/secret/regenerate")
    public Uni<Response> regenerateSecret(@RestHeader("api_key") String apiKey) {
        return gate.pass(SimEndpoint.ACCOUNT_SECRET_REGENERATE, apiKey, views::regenerateSecret);
    }
}
