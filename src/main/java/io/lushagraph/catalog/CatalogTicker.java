package io.lushagraph.catalog;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Ticker;

/** The clock the catalog caches age their entries by: {@link System#nanoTime()}, as a bean that can be replaced. */
@Singleton
public class CatalogTicker implements Ticker {

    @Override
    public long read() {
        return System.nanoTime();
    }
}
