package io.lushagraph.simulator.gate;

import java.util.Arrays;
import java.util.Optional;

/** The simulated Lusha endpoints, named {@code METHOD /path-template} as the stats and faults name them. */
public enum SimEndpoint {
    PERSON_GET("GET", "/v2/person", false),
    PERSON_BULK("POST", "/v2/person", true),
    COMPANY_GET("GET", "/v2/company", false),
    COMPANY_BULK("POST", "/bulk/company/v2", true),
    COMPANY_BULK_ALIAS("POST", "/v2/company", true),
    ACCOUNT_USAGE("GET", "/account/usage", false);

    private final String key;
    private final boolean bulk;

    SimEndpoint(String method, String path, boolean bulk) {
        this.key = method + " " + path;
        this.bulk = bulk;
    }

    /** {@code METHOD /path-template}, e.g. {@code POST /v2/person}. */
    public String key() {
        return key;
    }

    /** Whether requests carry a batch whose size the stats record. */
    public boolean bulk() {
        return bulk;
    }

    public static Optional<SimEndpoint> byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
