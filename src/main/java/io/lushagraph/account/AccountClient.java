package io.lushagraph.account;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lushagraph.account.wire.AccountUsageResponse;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.UpstreamExecutor;
import io.smallrye.mutiny.Uni;

/** Calls Lusha's account usage endpoint through the {@link UpstreamExecutor}. */
@ApplicationScoped
public class AccountClient {

    private final AccountRestClient rest;
    private final UpstreamExecutor upstream;

    public AccountClient(@RestClient AccountRestClient rest, UpstreamExecutor upstream) {
        this.rest = rest;
        this.upstream = upstream;
    }

    /** {@code GET /account/usage}. */
    public Uni<AccountUsageResponse> usage(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.ACCOUNT_USAGE, 1, rest::usage);
    }
}
