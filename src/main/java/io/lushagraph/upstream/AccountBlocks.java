package io.lushagraph.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Account-wide fail-fast states: after a 402 the account's credit-spending calls fail as {@code PAYMENT_REQUIRED}
 * for {@code breaker.credits-delay}; after a used-up daily or trial quota every call of the account fails as
 * {@code UPSTREAM_QUOTA_EXHAUSTED} until the reset Lusha announced, else for {@code breaker.quota-delay}. Neither
 * makes a call to Lusha.
 */
@ApplicationScoped
public class AccountBlocks {

    private final Duration creditsDelay;
    private final Duration quotaDelay;
    private final Clock clock = Clock.systemUTC();
    private final Cache<String, Instant> creditsExhausted;
    private final Cache<String, Instant> quotaExhausted;

    public AccountBlocks(GatewayConfig config) {
        this.creditsDelay = config.upstream().breaker().creditsDelay();
        this.quotaDelay = config.upstream().breaker().quotaDelay();
        this.creditsExhausted = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(creditsDelay).build();
        this.quotaExhausted = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofDays(2)).build();
    }

    /** Fails when the account is blocked for this call, without calling Lusha. */
    public Uni<Void> admit(LushaAccount account, LushaEndpoint endpoint) {
        Instant now = clock.instant();
        Instant quota = quotaExhausted.getIfPresent(account.id());
        if (quota != null && quota.isAfter(now)) {
            return blocked(ErrorCode.UPSTREAM_QUOTA_EXHAUSTED, "Lusha's request quota for this account is used up; "
                    + "calls resume in " + Duration.between(now, quota).toSeconds() + " s");
        }
        Instant credits = creditsExhausted.getIfPresent(account.id());
        if (endpoint.kind() == LushaEndpoint.Kind.CREDIT && credits != null && credits.isAfter(now)) {
            return blocked(ErrorCode.PAYMENT_REQUIRED, "Lusha has no credits left for this account; credit-spending "
                    + "calls resume in " + Duration.between(now, credits).toSeconds() + " s");
        }
        return Uni.createFrom().voidItem();
    }

    /** Opens the block a call's final failure calls for, if any. */
    public void observe(LushaAccount account, LushaEndpoint endpoint, Throwable failure) {
        if (!(failure instanceof LushaApiException api)) {
            return;
        }
        if (api.status() == 402) {
            creditsExhausted.put(account.id(), clock.instant().plus(creditsDelay));
            Log.warnf("Lusha answered 402 for %s: credit-spending calls of %s fail fast for %s", endpoint.key(),
                    account, creditsDelay);
        } else if (api.status() == 429 && UpstreamErrors.isQuotaExhaustion(api.getMessage())) {
            Duration announced = RetryClassifier.classify(endpoint.kind(), UpstreamFailure.of(api)).delay();
            Duration block = announced != null ? announced : quotaDelay;
            quotaExhausted.put(account.id(), clock.instant().plus(block));
            Log.warnf("Lusha's quota of %s is used up: its calls fail fast for %s", account, block);
        }
    }

    /** Lifts every block. */
    public void reset() {
        creditsExhausted.invalidateAll();
        quotaExhausted.invalidateAll();
    }

    private static Uni<Void> blocked(ErrorCode code, String message) {
        return Uni.createFrom().failure(GatewayException.of(code, message));
    }
}
