package io.lushagraph.simulator.prospecting;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.lushagraph.config.LushaConfig;

/**
 * The searches enrichment may refer to, by {@code requestId}: each remembers the row ids it returned and the
 * universe index behind each. Bounded and expiring ({@code lusha.simulator.prospecting-searches} and
 * {@code prospecting-search-ttl}).
 */
@Singleton
class SearchSessions {

    /** Which search a {@code requestId} came from. */
    enum Kind {
        CONTACT,
        COMPANY
    }

    /**
     * One search: its row ids with their universe indexes, in row order.
     *
     * @param hideDncPhones the search asked for {@code excludeDnc}, so enrichment leaves Do-Not-Call phones out
     */
    record Session(Kind kind, Map<String, Integer> rows, boolean hideDncPhones) {
    }

    private final Cache<String, Session> sessions;

    SearchSessions(LushaConfig config) {
        this.sessions = Caffeine.newBuilder()
                .maximumSize(config.simulator().prospectingSearches())
                .expireAfterWrite(config.simulator().prospectingSearchTtl())
                .build();
    }

    /** A fresh UUID v4 {@code requestId}. */
    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    void remember(String requestId, Session session) {
        sessions.put(requestId, session);
    }

    Optional<Session> find(String requestId) {
        return Optional.ofNullable(sessions.getIfPresent(requestId));
    }
}
