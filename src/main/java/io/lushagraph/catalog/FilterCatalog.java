package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;

/** The static catalogs the gateway caches per Lusha account: the filter catalogs and the signal options. */
@Description("A static catalog the gateway caches per Lusha account and refreshes in the background.")
public enum FilterCatalog {
    @Description("contactFilters.departments")
    CONTACT_DEPARTMENTS,
    @Description("contactFilters.seniorities")
    CONTACT_SENIORITIES,
    @Description("contactFilters.dataPoints")
    CONTACT_DATA_POINTS,
    @Description("contactFilters.countries")
    CONTACT_COUNTRIES,
    @Description("companyFilters.industries")
    COMPANY_INDUSTRIES,
    @Description("companyFilters.sizes")
    COMPANY_SIZES,
    @Description("companyFilters.revenues")
    COMPANY_REVENUES,
    @Description("companyFilters.sics")
    COMPANY_SICS,
    @Description("companyFilters.naics")
    COMPANY_NAICS,
    @Description("companyFilters.intentTopics")
    COMPANY_INTENT_TOPICS,
    @Description("signalOptions(entityType: CONTACT)")
    CONTACT_SIGNAL_OPTIONS,
    @Description("signalOptions(entityType: COMPANY)")
    COMPANY_SIGNAL_OPTIONS;

    /** Whether this is a list of signal options rather than a prospecting filter catalog. */
    boolean isSignalOptions() {
        return this == CONTACT_SIGNAL_OPTIONS || this == COMPANY_SIGNAL_OPTIONS;
    }
}
