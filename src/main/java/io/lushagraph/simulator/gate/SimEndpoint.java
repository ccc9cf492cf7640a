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
    CONTACT_SIGNALS("POST", "/api/signals/contacts"),
    CONTACT_SIGNALS_SEARCH("POST", "/api/signals/contacts/search"),
    COMPANY_SIGNALS("POST", "/api/signals/companies"),
    COMPANY_SIGNALS_SEARCH("POST", "/api/signals/companies/search"),
    ACCOUNT_USAGE("GET", "/account/usage");

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
