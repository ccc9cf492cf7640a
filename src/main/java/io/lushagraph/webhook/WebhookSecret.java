package io.lushagraph.webhook;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.LushaConfig;
import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.webhook.wire.AccountSecret;
import io.smallrye.mutiny.Uni;

/**
 * The account's webhook signing secret, read from Lusha ({@code GET /api/account/secret}) with the gateway's account
 * and cached; read again at most every half minute when a signature does not match, to follow a regenerate, and
 * created when missing before the gateway creates subscriptions.
 */
@ApplicationScoped
public class WebhookSecret {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final long MIN_REREAD_NANOS = Duration.ofSeconds(30).toNanos();

    private final WebhookClient client;
    private final LushaAccount account;
    private volatile String cached;
    private volatile long rereadAt;
    private volatile boolean reread;

    public WebhookSecret(WebhookClient client, LushaConfig lusha) {
        this.client = client;
        this.account = lusha == null ? null : new LushaAccount("default", lusha.apiKey().orElse(""));
    }

    /** The secret, read from Lusha on first use. */
    public String current() {
        String secret = cached;
        return secret != null ? secret : read();
    }

    /**
     * Reads the secret again after a mismatch, at most once per half minute so that forged deliveries cannot drive
     * calls to Lusha; null when it was not read again.
     */
    public synchronized String reread() {
        long now = System.nanoTime();
        if (reread && now - rereadAt < MIN_REREAD_NANOS) {
            return null;
        }
        reread = true;
        rereadAt = now;
        return read();
    }

    /**
     * Makes sure the account has a signing secret, creating one when Lusha has none (subscriptions deliver nothing
     * without it); the receiver keeps the secret it read.
     */
    public Uni<Void> ensure(LushaAccount owner, CostLedger cost) {
        return client.accountSecret(owner)
                .invoke(cost::recordOwnCall)
                .onFailure().invoke(cost::recordOwnCall)
                .onFailure(GatewayException.NotFound.class)
                .recoverWithUni(() -> regenerate(owner, cost, true))
                .invoke(read -> {
                    if (owner.equals(account)) {
                        cached = read.secret();
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Creates the secret. A regenerate whose outcome is unknown is not sent again blindly: the secret is read, and
     * one that exists now was made by it; only when there is still none is it sent once more.
     */
    private Uni<AccountSecret> regenerate(LushaAccount owner, CostLedger cost, boolean mayResend) {
        return client.regenerateAccountSecret(owner)
                .invoke(cost::recordOwnCall)
                .onFailure().invoke(cost::recordOwnCall)
                .onFailure(WebhookSecret::unknownOutcome)
                .recoverWithUni(unknown -> client.accountSecret(owner)
                        .invoke(cost::recordOwnCall)
                        .onFailure().invoke(cost::recordOwnCall)
                        .onFailure(GatewayException.NotFound.class)
                        .recoverWithUni(none -> mayResend ? regenerate(owner, cost, false)
                                : Uni.createFrom().failure(unknown)));
    }

    private static boolean unknownOutcome(Throwable failure) {
        return failure instanceof GatewayException typed && typed.code() == ErrorCode.UPSTREAM_OUTCOME_UNKNOWN;
    }

    private synchronized String read() {
        String secret = client.accountSecret(account).await().atMost(READ_TIMEOUT).secret();
        cached = secret;
        return secret;
    }
}
