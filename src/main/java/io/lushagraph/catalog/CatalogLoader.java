package io.lushagraph.catalog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.signal.SignalClient;
import io.lushagraph.signal.wire.SignalObjectType;
import io.lushagraph.upstream.LushaAccount;
import io.smallrye.mutiny.Uni;

/** Loads one catalog or one text search from Lusha, mapped to the gateway's catalog types. */
@ApplicationScoped
class CatalogLoader {

    private final FilterClient filters;
    private final SignalClient signals;

    CatalogLoader(FilterClient filters, SignalClient signals) {
        this.filters = filters;
        this.signals = signals;
    }

    Uni<List<?>> load(LushaAccount account, FilterCatalog catalog) {
        return switch (catalog) {
            case CONTACT_DEPARTMENTS -> any(filters.contactDepartments(account).map(CatalogMapper::names));
            case CONTACT_SENIORITIES -> any(filters.contactSeniorities(account).map(CatalogMapper::seniorities));
            case CONTACT_DATA_POINTS -> any(filters.contactDataPoints(account).map(CatalogMapper::names));
            case CONTACT_COUNTRIES -> any(filters.contactCountries(account).map(CatalogMapper::countries));
            case COMPANY_INDUSTRIES -> any(filters.companyIndustries(account).map(CatalogMapper::industries));
            case COMPANY_SIZES -> any(filters.companySizes(account).map(CatalogMapper::ranges));
            case COMPANY_REVENUES -> any(filters.companyRevenues(account).map(CatalogMapper::ranges));
            case COMPANY_SICS -> any(filters.companySics(account).map(CatalogMapper::codes));
            case COMPANY_NAICS -> any(filters.companyNaics(account).map(CatalogMapper::codes));
            case COMPANY_INTENT_TOPICS -> any(filters.companyIntentTopics(account).map(CatalogMapper::names));
            case CONTACT_SIGNAL_OPTIONS -> any(
                    signals.options(account, SignalObjectType.CONTACT).map(CatalogMapper::signals));
            case COMPANY_SIGNAL_OPTIONS -> any(
                    signals.options(account, SignalObjectType.COMPANY).map(CatalogMapper::signals));
        };
    }

    Uni<List<?>> search(LushaAccount account, TextSearch search, String text) {
        return switch (search) {
            case CONTACT_LOCATIONS -> any(filters.contactLocations(account, text).map(CatalogMapper::contactLocations));
            case COMPANY_NAMES -> any(filters.companyNames(account, text).map(CatalogMapper::companyNames));
            case COMPANY_LOCATIONS -> any(filters.companyLocations(account, text).map(CatalogMapper::companyLocations));
            case COMPANY_TECHNOLOGIES -> any(
                    filters.companyTechnologies(account, text).map(CatalogMapper::technologies));
        };
    }

    private static <T> Uni<List<?>> any(Uni<List<T>> typed) {
        return typed.map(items -> items);
    }
}
