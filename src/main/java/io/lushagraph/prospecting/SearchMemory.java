package io.lushagraph.prospecting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.lushagraph.config.GatewayConfig;

/**
 * The row ids of the searches this gateway made, per Lusha account and {@code requestId}, so that enrichment refuses
 * an id from another search without a call. Bounded and expiring; a search it no longer remembers is left to Lusha.
 */
@ApplicationScoped
public class SearchMemory {

    /** Which kind of search a {@code requestId} belongs to. */
    enum Kind {
        CONTACTS,
        COMPANIES
    }

    /** One remembered search: its kind and the row ids it returned. */
    record Search(Kind kind, Set<String> ids) {
    }

    private record Key(String accountId, String requestId) {
    }

    private final Cache<Key, Search> searches;

    public SearchMemory(GatewayConfig config) {
        this.searches = Caffeine.newBuilder()
                .maximumSize(config.prospecting().rememberedSearches())
                .expireAfterWrite(config.prospecting().searchMemory())
                .build();
    }

    void remember(String accountId, String requestId, Kind kind, List<String> ids) {
        if (requestId != null) {
            searches.put(new Key(accountId, requestId), new Search(kind, Set.copyOf(ids)));
        }
    }

    Optional<Search> find(String accountId, String requestId) {
        return Optional.ofNullable(searches.getIfPresent(new Key(accountId, requestId)));
    }
}
