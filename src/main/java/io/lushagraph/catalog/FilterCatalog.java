package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;

/** The static catalogs the gateway caches per Lusha account: the filter catalogs and the signal options. */
@Description("A static catalog the gateway caches per Lusha account and refreshes in the background.")
public enum FilterCatalog {
    @Description("The catalog behind contactFilters.departments.")
    CONTACT_DEPARTMENTS,
    @Description("The catalog behind contactFilters.seniorities.")
    CONTACT_SENIORITIES,
    @Description("The catalog behind contactFilters.dataPoints.")
    CONTACT_DATA_POINTS,
    @Description("The catalog behind contactFilters.countries.")
    CONTACT_COUNTRIES,
    @Description("The catalog behind companyFilters.industries.")
    COMPANY_INDUSTRIES,
    @Description("The catalog behind companyFilters.sizes.")
    COMPANY_SIZES,
    @Description("The catalog behind companyFilters.revenues.")
    COMPANY_REVENUES,
    @Description("The catalog behind companyFilters.sics.")
    COMPANY_SICS,
    @Description("The catalog behind companyFilters.naics.")
    COMPANY_NAICS,
    @Description("The catalog behind companyFilters.intentTopics.")
    COMPANY_INTENT_TOPICS,
    @Description("The catalog behind signalOptions(entityType: CONTACT).")
    CONTACT_SIGNAL_OPTIONS,
    @Description("The catalog behind signalOptions(entityType: COMPANY).")
    COMPANY_SIGNAL_OPTIONS;

    /** Whether this is a list of signal options rather than a prospecting filter catalog. */
    boolean isSignalOptions() {
        return this == CONTACT_SIGNAL_OPTIONS || this == COMPANY_SIGNAL_OPTIONS;
    }
}
