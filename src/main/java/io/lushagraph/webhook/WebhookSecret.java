package io.lushagraph.webhook;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.lushagraph.config.LushaConfig;
import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.webhook.wire.AccountSecret;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * The account's webhook signing secret as the receiver knows it, read from Lusha ({@code GET /api/account/secret})
 * with the gateway's account. Deliveries come from outside and may be forged, so they never make the gateway ask
 * Lusha more than once per {@link #RECHECK_INTERVAL}, whatever they send:
 * <ul>
 * <li>a secret that was read is kept; a signature that does not match it makes the gateway read it again (to follow
 * a regenerate) only when the last read is at least an interval old;</li>
 * <li>"the account has no secret" (Lusha answers 404) and "Lusha could not be asked" (5xx, no answer) are remembered
 * for an interval, then asked again;</li>
 * <li>concurrent deliveries share one read (single flight), and a read is one attempt with no retry: Lusha's own
 * retries of the delivery repeat it.</li>
 * </ul>
 * A secret the gateway reads or creates when it creates subscriptions ({@link #ensure}) replaces what is known at once.
 */
@ApplicationScoped
public class WebhookSecret {

    /** How long what was learnt of the secret holds before a delivery may make the gateway ask Lusha again. */
    public static final Duration RECHECK_INTERVAL = Duration.ofSeconds(30);

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final String ACCOUNT = "account";

    private final WebhookClient client;
    private final LushaAccount account;
    private final WebhookClock clock;
    private final AsyncCache<String, Known> known;

    public WebhookSecret(WebhookClient client, LushaConfig lusha, WebhookClock clock) {
        this.client = client;
        this.account = lusha == null ? null : new LushaAccount("default", lusha.apiKey().orElse(""));
        this.clock = clock;
        this.known = Caffeine.newBuilder().ticker(this::ticks).expireAfter(new Expiry<String, Known>() {
            @Override
            public long expireAfterCreate(String key, Known value, long currentTime) {
                return lifetime(value);
            }

            @Override
            public long expireAfterUpdate(String key, Known value, long currentTime, long currentDuration) {
                return lifetime(value);
            }

            @Override
            public long expireAfterRead(String key, Known value, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).buildAsync();
    }

    /** What Lusha said of the secret when it was last asked. */
    public enum Outcome {
        /** Lusha gave the secret. */
        FOUND,
        /** The account has no secret yet: no delivery can be authentic. */
        NONE,
        /** Lusha could not be asked (5xx, no answer): a delivery cannot be checked against a newer secret. */
        UNREADABLE
    }

    /**
     * What the gateway knows of the secret.
     *
     * @param secret the last secret read, or null when none is known
     * @param outcome what the last read found
     * @param readAt when the last read started, in {@link WebhookClock#ticks()}
     */
    public record Known(String secret, Outcome outcome, long readAt) {

        /** Whether the known secret signed this timestamp and body. */
        boolean signs(String timestamp, byte[] body, byte[] presented) {
            return secret != null && Signatures.valid(secret, timestamp, body, presented);
        }

        @Override
        public String toString() {
            return "Known[" + outcome + "]";
        }
    }

    /** What is known of the secret; Lusha is asked when nothing is known or the last "none" or failure has aged. */
    public Known known() {
        return known.get(ACCOUNT, (key, executor) -> read(null)).join();
    }

    /**
     * After a signature did not match {@code seen}: asks Lusha again if the last read is at least an interval old
     * (concurrent callers share that one read), otherwise answers what is known.
     */
    public Known recheck(Known seen) {
        return known.asMap().compute(ACCOUNT, (key, current) -> {
            if (current == null) {
                return read(seen);
            }
            Known last = current.getNow(null);
            return last != null && ticks() - last.readAt() >= RECHECK_INTERVAL.toNanos() ? read(last) : current;
        }).join();
    }

    /**
     * Makes sure the account has a signing secret, creating one when Lusha has none (subscriptions deliver nothing
     * without it); for the gateway's own account the receiver uses that secret at once.
     */
    public Uni<Void> ensure(LushaAccount owner, CostLedger cost) {
        return client.accountSecret(owner)
                .invoke(cost::recordOwnCall)
                .onFailure().invoke(cost::recordOwnCall)
                .onFailure(GatewayException.NotFound.class)
                .recoverWithUni(() -> regenerate(owner, cost, true))
                .invoke(read -> {
                    if (owner.equals(account) && read.secret() != null) {
                        known.put(ACCOUNT, CompletableFuture.completedFuture(new Known(read.secret(), Outcome.FOUND,
                                ticks())));
                    }
                })
                .replaceWithVoid();
    }

    // One attempt; never fails: a failure is remembered as UNREADABLE, keeping the secret read before, if any.
    private CompletableFuture<Known> read(Known before) {
        long started = ticks();
        String kept = before == null ? null : before.secret();
        return client.accountSecretOnce(account)
                .ifNoItem().after(READ_TIMEOUT).fail()
                .map(read -> read.secret() == null ? new Known(null, Outcome.NONE, started)
                        : new Known(read.secret(), Outcome.FOUND, started))
                .onFailure(GatewayException.NotFound.class).recoverWithItem(() -> new Known(null, Outcome.NONE, started))
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("The webhook signing secret could not be read from Lusha (%s); deliveries it cannot "
                            + "check are answered 503 for %d s", failure.getClass().getSimpleName(),
                            RECHECK_INTERVAL.toSeconds());
                    return new Known(kept, Outcome.UNREADABLE, started);
                })
                .subscribeAsCompletionStage();
    }

    // What is known with a secret holds until a mismatch asks again; "none" and failures hold for an interval.
    private static long lifetime(Known value) {
        return value.secret() == null ? RECHECK_INTERVAL.toNanos() : Long.MAX_VALUE;
    }

    private long ticks() {
        return clock.ticks();
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
                        // a read that fails leaves the regenerate's outcome unknown
                        .onFailure(failure -> !(failure instanceof GatewayException.NotFound)).transform(failure -> unknown)
                        .onFailure(GatewayException.NotFound.class)
                        .recoverWithUni(none -> mayResend ? regenerate(owner, cost, false)
                                : Uni.createFrom().failure(unknown)));
    }

    private static boolean unknownOutcome(Throwable failure) {
        return failure instanceof GatewayException typed && typed.code() == ErrorCode.UPSTREAM_OUTCOME_UNKNOWN;
    }
}
