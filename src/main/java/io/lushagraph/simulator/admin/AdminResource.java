package io.lushagraph.simulator.admin;

import java.util.List;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.lushagraph.simulator.billing.CreditLedger;
import io.lushagraph.simulator.gate.Fault;
import io.lushagraph.simulator.gate.FaultRegistry;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.QuotaWindows;
import io.lushagraph.simulator.gate.RateLimiter;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.webhook.WebhookAdmin;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The simulator's admin API for tests, demos and benchmarks: stats, reset, samples, fault injection, and webhook
 * signals and opt-outs. It needs no API key, is never counted and never rate-limited.
 */
@Path("/lusha-sim/_admin")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class AdminResource {

    private final SimulatorStats stats;
    private final RateLimiter limiter;
    private final QuotaWindows quotas;
    private final CreditLedger ledger;
    private final FaultRegistry faults;
    private final Sampler sampler;
    private final JsonBodies bodies;
    private final WebhookAdmin webhooks;

    public AdminResource(SimulatorStats stats, RateLimiter limiter, QuotaWindows quotas, CreditLedger ledger,
            FaultRegistry faults, Sampler sampler, JsonBodies bodies, WebhookAdmin webhooks) {
        this.stats = stats;
        this.limiter = limiter;
        this.quotas = quotas;
        this.ledger = ledger;
        this.faults = faults;
        this.sampler = sampler;
        this.bodies = bodies;
        this.webhooks = webhooks;
    }

    @GET
    @Path("/stats")
    public SimulatorStats.Snapshot stats() {
        return stats.snapshot();
    }

    /**
     * Zeroes the stats, refills rate limits and quotas; with {@code ledger=true} also forgets every charge, with
     * {@code webhooks=true} every webhook subscription, the webhook secret, the audit log and the opt-outs.
     */
    @POST
    @Path("/reset")
    public Response reset(@RestQuery boolean ledger, @RestQuery boolean webhooks) {
        stats.reset();
        limiter.reset();
        quotas.reset();
        if (ledger) {
            this.ledger.forget();
        }
        if (webhooks) {
            this.webhooks.reset();
        }
        return Response.noContent().build();
    }

    /** Delivers an entity's signal to the matching active webhook subscriptions. */
    @POST
    @Path("/signals")
    public WebhookAdmin.Sent signal(String body) {
        return webhooks.signal(body);
    }

    /** Sends a contact's opt-out to the opt-out subscription and, unless kept serving, hides their datapoints. */
    @POST
    @Path("/opt-out")
    public WebhookAdmin.Sent optOut(String body) {
        return webhooks.optOut(body);
    }

    @GET
    @Path("/sample")
    public List<?> sample(@RestQuery String entity, @RestQuery String n, @RestQuery String offset) {
        return sampler.sample(entity, n, offset);
    }

    @POST
    @Path("/faults")
    public Response addFault(String body) {
        Fault fault = FaultSpecs.validate(bodies.read(body, Fault.class));
        faults.add(fault);
        return Response.status(Response.Status.CREATED).entity(fault).build();
    }

    @GET
    @Path("/faults")
    public List<Fault> faults() {
        return faults.list();
    }

    @DELETE
    @Path("/faults")
    public Response clearFaults() {
        faults.clear();
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    public Response rejected(RequestRejected rejected) {
        return Response.status(rejected.reply().status()).entity(rejected.reply().body())
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
