package io.lushagraph.tenant;

import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.LushaAccount;

/**
 * Everything a resolver needs to know about the GraphQL request it serves: the tenant (from the verified
 * credential only), the Lusha account it spends, and the request's cost ledger. Limits and budgets attach here.
 */
public record GatewayRequest(String tenant, LushaAccount account, CostLedger cost) {
}
