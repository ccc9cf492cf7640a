package io.lushagraph.simulator.gate;

import java.util.Arrays;
import java.util.Optional;

/** The simulated Lusha endpoints, named {@code METHOD /path-template} as the stats and faults name them. */
public enum SimEndpoint {
    PERSON_GET("GET", "/v2/person"),
    PERSON_BULK("POST", "/v2/person"),
    COMPANY_GET("GET", "/v2/company"),
    COMPANY_BULK("POST", "/bulk/company/v2"),
    COMPANY_BULK_ALIAS("POST", "/v2/company"),
    CONTACT_SEARCH("POST", "/prospecting/contact/search"),
    CONTACT_ENRICH("POST", "/prospecting/contact/enrich"),
    COMPANY_SEARCH("POST", "/prospecting/company/search"),
    COMPANY_ENRICH("POST", "/prospecting/company/enrich"),

    CONTACT_RECOMMENDATIONS("POST", "/api/recommendations/contacts"),
    COMPANY_RECOMMENDATIONS("POST", "/api/recommendations/companies"),
    CONTACT_LOOKALIKES("POST", "/v3/lookalike/contacts"),
    COMPANY_LOOKALIKES("POST", "/v3/lookalike/companies"),

    ACCOUNT_USAGE("GET", "/account/usage"),
    FILTER_CONTACT_DEPARTMENTS("GET", "/prospecting/filters/contacts/departments"),
    FILTER_CONTACT_SENIORITY("GET", "/prospecting/filters/contacts/seniority"),
    FILTER_CONTACT_DATA_POINTS("GET", "/prospecting/filters/contacts/existing_data_points"),
    FILTER_CONTACT_COUNTRIES("GET", "/prospecting/filters/contacts/all_countries"),
    FILTER_CONTACT_LOCATIONS("POST", "/prospecting/filters/contacts/locations"),
    FILTER_COMPANY_NAMES("POST", "/prospecting/filters/companies/names"),
    FILTER_COMPANY_INDUSTRIES("GET", "/prospecting/filters/companies/industries_labels"),
    FILTER_COMPANY_SIZES("GET", "/prospecting/filters/companies/sizes"),
    FILTER_COMPANY_REVENUES("GET", "/prospecting/filters/companies/revenues"),
    FILTER_COMPANY_LOCATIONS("POST", "/prospecting/filters/companies/locations"),
    FILTER_COMPANY_SICS("GET", "/prospecting/filters/companies/sics"),
    FILTER_COMPANY_NAICS("GET", "/prospecting/filters/companies/naics"),
    FILTER_COMPANY_INTENT_TOPICS("GET", "/prospecting/filters/companies/intent_topics"),
    FILTER_COMPANY_TECHNOLOGIES("POST", "/prospecting/filters/companies/technologies"),
    SIGNAL_OPTIONS("GET", "/api/signals/filters/{objectType}"),

    CONTACT_SIGNALS("POST", "/api/signals/contacts"),
    CONTACT_SIGNALS_SEARCH("POST", "/api/signals/contacts/search"),
    COMPANY_SIGNALS("POST", "/api/signals/companies"),
    COMPANY_SIGNALS_SEARCH("POST", "/api/signals/companies/search");

    private final String key;

    SimEndpoint(String method, String path) {
        this.key = method + " " + path;
    }

    /** {@code METHOD /path-template}, e.g. {@code POST /v2/person}. */
    public String key() {
        return key;
    }

    public static Optional<SimEndpoint> byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
