package io.lushagraph.simulator.billing;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.lushagraph.config.LushaConfig;

/**
 * The account's credits. Each reveal key costs one credit, except that the same key is not charged again within
 * 30 days of the charge (Lusha's "unique requests are only counted once every 30 days").
 */
@Singleton
public class CreditLedger {

    /** How long a charged reveal stays free to repeat. */
    public static final Duration DEDUPE_WINDOW = Duration.ofDays(30);

    private final Clock clock;
    private final long total;
    private final Map<Long, Long> chargedAt = new HashMap<>();
    private long used;

    @Inject
    public CreditLedger(LushaConfig config) {
        this(Clock.systemUTC(), config.simulator().credits());
    }

    public CreditLedger(Clock clock, long total) {
        this.clock = clock;
        this.total = total;
    }

    /** The account's {@code bulkCredits} pool. */
    public record Usage(long used, long total, long remaining) {
    }

    /** Charges one credit unless this reveal was charged in the last 30 days; true when charged. */
    public synchronized boolean charge(RevealKey key) {
        long now = clock.millis();
        Long last = chargedAt.get(key.value());
        if (last != null && now - last < DEDUPE_WINDOW.toMillis()) {
            return false;
        }
        chargedAt.put(key.value(), now);
        used++;
        return true;
    }

    /** Whether this reveal was charged in the last 30 days, so that repeating it now would be free. */
    public synchronized boolean chargedRecently(RevealKey key) {
        Long last = chargedAt.get(key.value());
        return last != null && clock.millis() - last < DEDUPE_WINDOW.toMillis();
    }

    /** Charges credits that no identical-reveal rule waives, such as one per lookalike result. */
    public synchronized void spend(long credits) {
        used += credits;
    }

    public synchronized Usage usage() {
        return new Usage(used, total, Math.max(0, total - used));
    }

    /** Forgets every past reveal and the credits used, as if the account were new. */
    public synchronized void forget() {
        chargedAt.clear();
        used = 0;
    }
}
