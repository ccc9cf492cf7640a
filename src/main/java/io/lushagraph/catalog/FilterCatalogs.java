package io.lushagraph.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.common.LookupError;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Lusha's filter catalogs, text searches and signal options, cached per Lusha account (so shared by every tenant
 * of the account) in the caches {@code filter-catalog}, {@code filter-search} and {@code signal-options}.
 */
@ApplicationScoped
public class FilterCatalogs {

    static final int MAX_TEXT_LENGTH = 100;

    private final UpstreamCache<CatalogKey> catalogs;
    private final UpstreamCache<CatalogKey> signalOptions;
    private final UpstreamCache<SearchKey> searches;

    public FilterCatalogs(GatewayConfig config, CatalogLoader loader, CatalogTicker ticker, MeterRegistry meters) {
        GatewayConfig.Catalog settings = config.catalog();
        if (settings.refreshAfter().compareTo(settings.ttl()) >= 0) {
            Log.warnf("gateway.catalog.refresh-after (%s) is not under gateway.catalog.ttl (%s): catalogs expire "
                    + "before a background refresh can renew them", settings.refreshAfter(), settings.ttl());
        }
        this.catalogs = UpstreamCache.refreshing("filter-catalog", settings.refreshAfter(), settings.ttl(), ticker,
                meters, key -> loader.load(key.account(), key.catalog()));
        this.signalOptions = UpstreamCache.refreshing("signal-options", settings.refreshAfter(), settings.ttl(),
                ticker, meters, key -> loader.load(key.account(), key.catalog()));
        this.searches = UpstreamCache.expiring("filter-search", settings.searchTtl(), settings.searchMaxEntries(),
                ticker, meters, key -> loader.search(key.account(), key.search(), key.text()));
    }

    /** A static catalog of the request's Lusha account; its element type is the one the catalog's field shows. */
    @SuppressWarnings("unchecked")
    <T> Uni<List<T>> catalog(GatewayRequest request, FilterCatalog catalog) {
        return cacheOf(catalog).get(new CatalogKey(request.account(), catalog), request.cost())
                .map(items -> (List<T>) items);
    }

    /** What a text search finds; blank or over-long text fails with {@code INVALID_INPUT} before any call. */
    @SuppressWarnings("unchecked")
    <T> Uni<List<T>> search(GatewayRequest request, TextSearch search, String text) {
        String normalised = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > MAX_TEXT_LENGTH) {
            return Uni.createFrom().failure(GatewayException.of(ErrorCode.INVALID_INPUT,
                    "text must hold 1 to " + MAX_TEXT_LENGTH + " characters besides spaces"));
        }
        return searches.get(new SearchKey(request.account(), search, normalised), request.cost())
                .map(items -> (List<T>) items);
    }

    /** Reloads every static catalog cached for the request's Lusha account now, one call each. */
    Uni<List<RefreshedCatalog>> refresh(GatewayRequest request) {
        List<Uni<RefreshedCatalog>> reloads = Stream.of(catalogs, signalOptions)
                .flatMap(cache -> cache.keys().stream()
                        .filter(key -> key.account().id().equals(request.account().id()))
                        .map(key -> reload(cache, key, request.cost())))
                .toList();
        if (reloads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(reloads).andFailFast()
                .map(done -> done.stream().sorted(Comparator.comparing(RefreshedCatalog::catalog)).toList());
    }

    private UpstreamCache<CatalogKey> cacheOf(FilterCatalog catalog) {
        return catalog.isSignalOptions() ? signalOptions : catalogs;
    }

    private static Uni<RefreshedCatalog> reload(UpstreamCache<CatalogKey> cache, CatalogKey key, CostLedger cost) {
        return cache.refresh(key, cost)
                .map(ignored -> new RefreshedCatalog(key.catalog(), null))
                .onFailure()
                .recoverWithItem(failure -> new RefreshedCatalog(key.catalog(), failure instanceof GatewayException e
                        ? LookupError.of(e)
                        : new LookupError(ErrorCode.UPSTREAM_UNAVAILABLE, "The catalog could not be reloaded")));
    }
}
