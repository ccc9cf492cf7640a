package io.lushagraph.tenant;

import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.upstream.LushaAccount;

/**
 * Everything a resolver needs to know about the GraphQL request it serves: the tenant (from the verified
 * credential only), the Lusha account it spends, and the request's cost ledger. Limits and budgets attach here.
 */
public record GatewayRequest(String tenant, LushaAccount account, CostLedger cost, TenantSettings settings) {

    /** Fails with {@code FORBIDDEN} unless the tenant is an admin; for account-wide operations. */
    public void requireAdmin(String operation) throws GatewayException {
        if (settings == null || !settings.admin()) {
            throw GatewayException.of(ErrorCode.FORBIDDEN, operation + " is account-wide: only an admin tenant may "
                    + "run it");
        }
    }
}
