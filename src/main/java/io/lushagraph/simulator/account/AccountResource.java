package io.lushagraph.simulator.account;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;

import io.lushagraph.simulator.billing.CreditLedger;
import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.smallrye.mutiny.Uni;

/** The simulated {@code GET /account/usage} (Lusha's getAccountUsageStats): the ledger's {@code bulkCredits} pool. */
@Path("/lusha-sim/account/usage")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final Gate gate;
    private final CreditLedger ledger;

    public AccountResource(Gate gate, CreditLedger ledger) {
        this.gate = gate;
        this.ledger = ledger;
    }

    /** {@code {usage: {bulkCredits: {used, total, remaining}}}}. */
    public record UsageResponse(Map<String, CreditLedger.Usage> usage) {
    }

    @GET
    public Uni<Response> usage(@RestHeader("api_key") String apiKey) {
        return gate.pass(SimEndpoint.ACCOUNT_USAGE, apiKey,
                () -> SimReply.ok(new UsageResponse(Map.of("bulkCredits", ledger.usage()))));
    }
}
