package io.lushagraph.catalog;

import static io.lushagraph.catalog.CatalogQueries.DEPARTMENTS;
import static io.lushagraph.catalog.CatalogQueries.TECHNOLOGIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.quarkus.test.junit.QuarkusTest;

/** Each catalog cache counts its hits and misses in {@code cache_gets_total} at {@code /q/metrics}. */
@QuarkusTest
class CatalogMetricsTest {

    @Inject
    SteppingTicker ticker;

    @BeforeEach
    void startEmpty() {
        Simulator.reset();
        ticker.expireEverything();
    }

    @Test
    void aMissThenAHitInEachCache() {
        List<String> caches = List.of("filter-catalog", "filter-search", "signal-options");
        Map<String, Double> hits = counts(caches, "hit");
        Map<String, Double> misses = counts(caches, "miss");

        for (int i = 0; i < 2; i++) {
            GraphQL.ok(DEPARTMENTS, Map.of());
            GraphQL.ok(TECHNOLOGIES, Map.of("text", "kafka"));
            GraphQL.ok("{ signalOptions(entityType: CONTACT) }", Map.of());
        }

        for (String cache : caches) {
            assertThat(CacheMetrics.value("cache_gets_total", cache, "miss")).as(cache + " misses")
                    .isEqualTo(misses.get(cache) + 1);
            assertThat(CacheMetrics.value("cache_gets_total", cache, "hit")).as(cache + " hits")
                    .isEqualTo(hits.get(cache) + 1);
        }
    }

    private static Map<String, Double> counts(List<String> caches, String result) {
        return Map.of(caches.get(0), CacheMetrics.value("cache_gets_total", caches.get(0), result),
                caches.get(1), CacheMetrics.value("cache_gets_total", caches.get(1), result),
                caches.get(2), CacheMetrics.value("cache_gets_total", caches.get(2), result));
    }
}
