package io.lushagraph.simulator.lookalike;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.lushagraph.config.LushaConfig;
import io.lushagraph.simulator.gate.SimEndpoint;

/**
 * The lookalike sessions the simulator remembers: {@code dedupeSessionId}s of {@code /v3/lookalike/*} and
 * {@code requestId}s of {@code /api/recommendations/*}. A session lives 30 days from its last use (sliding, read
 * from the injected clock) and belongs to one endpoint; beyond the configured number, sessions are evicted at once.
 */
@ApplicationScoped
public class LookalikeSessions {

    /** How long an unused session is remembered (getContactLookalikes' {@code dedupeSessionId}). */
    public static final Duration IDLE_LIFETIME = Duration.ofDays(30);

    private final Cache<Key, LookalikeSession> sessions;

    @Inject
    public LookalikeSessions(LushaConfig config) {
        this(Clock.systemUTC(), config.simulator().lookalikeSessions());
    }

    public LookalikeSessions(Clock clock, long maxSessions) {
        this.sessions = Caffeine.newBuilder()
                .maximumSize(maxSessions)
                .expireAfterAccess(IDLE_LIFETIME)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    /** A new session of an endpoint, under a fresh UUID. */
    public LookalikeSession open(SimEndpoint endpoint) {
        LookalikeSession session = new LookalikeSession(UUID.randomUUID().toString());
        sessions.put(new Key(endpoint, session.id()), session);
        return session;
    }

    /** A new session when {@code id} is null, else that session as {@link #resume} finds it. */
    public Optional<LookalikeSession> openOrResume(SimEndpoint endpoint, String id) {
        return id == null ? Optional.of(open(endpoint)) : resume(endpoint, id);
    }

    /** The session, which this use keeps alive; empty when unknown, another endpoint's, or idle for 30 days. */
    public Optional<LookalikeSession> resume(SimEndpoint endpoint, String id) {
        return Optional.ofNullable(sessions.getIfPresent(new Key(endpoint, id)));
    }

    private record Key(SimEndpoint endpoint, String id) {
    }
}
