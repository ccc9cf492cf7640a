package io.lushagraph.reveal;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.company.Company;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.optout.PiiCache;
import io.lushagraph.person.Person;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The enrichment caches: {@code person-enrichment} (emails and phones, so an opt-out purges it) and
 * {@code company-enrichment}.
 */
@ApplicationScoped
public class EnrichmentCaches implements PiiCache {

    private final EnrichmentCache<Object, Person> persons;
    private final EnrichmentCache<Object, Company> companies;

    public EnrichmentCaches(GatewayConfig config, MeterRegistry meters) {
        GatewayConfig.Cache cache = config.cache();
        this.persons = new EnrichmentCache<>("person-enrichment", cache.enrichmentTtl(), cache.enrichmentMaxEntries(),
                meters);
        this.companies = new EnrichmentCache<>("company-enrichment", cache.enrichmentTtl(),
                cache.enrichmentMaxEntries(), meters);
    }

    /** People found by lookup key; the caller's key type is its own. */
    @SuppressWarnings("unchecked")
    public <K> EnrichmentCache<K, Person> persons() {
        return (EnrichmentCache<K, Person>) (EnrichmentCache<?, Person>) persons;
    }

    /** Companies found by lookup key. */
    @SuppressWarnings("unchecked")
    public <K> EnrichmentCache<K, Company> companies() {
        return (EnrichmentCache<K, Company>) (EnrichmentCache<?, Company>) companies;
    }

    @Override
    public void purgePii() {
        persons.clear();
    }

    /** Drops every cached answer of both caches. */
    public void clear() {
        persons.clear();
        companies.clear();
    }
}
