package io.lushagraph.upstream;

/**
 * Every Lusha endpoint the gateway calls, named as the simulator's stats name them ({@code METHOD /path}). The kind
 * tells whether a call may spend credits or change the account, which decides what may be retried; the family groups
 * endpoints that share a rate limit.
 */
public enum LushaEndpoint {
    PERSON_GET("GET", "/v2/person", Kind.CREDIT, Family.ENRICHMENT),
    PERSON_BULK("POST", "/v2/person", Kind.CREDIT, Family.ENRICHMENT),
    COMPANY_GET("GET", "/v2/company", Kind.CREDIT, Family.ENRICHMENT),
    /** {@code searchMultipleCompaniesV2} where Lusha's OpenAPI document and its own clients put it. */
    COMPANY_BULK("POST", "/v2/company", Kind.CREDIT, Family.ENRICHMENT),
    /** The same operation under the URL its description names; used when an account answers 404 on the other. */
    COMPANY_BULK_FALLBACK("POST", "/bulk/company/v2", Kind.CREDIT, Family.ENRICHMENT),

    CONTACT_SEARCH("POST", "/prospecting/contact/search", Kind.CREDIT, Family.PROSPECTING),
    CONTACT_ENRICH("POST", "/prospecting/contact/enrich", Kind.CREDIT, Family.PROSPECTING),
    COMPANY_SEARCH("POST", "/prospecting/company/search", Kind.CREDIT, Family.PROSPECTING),
    COMPANY_ENRICH("POST", "/prospecting/company/enrich", Kind.CREDIT, Family.PROSPECTING),

    FILTER_CONTACT_DEPARTMENTS("GET", "/prospecting/filters/contacts/departments", Kind.FREE, Family.FILTERS),
    FILTER_CONTACT_SENIORITY("GET", "/prospecting/filters/contacts/seniority", Kind.FREE, Family.FILTERS),
    FILTER_CONTACT_DATA_POINTS("GET", "/prospecting/filters/contacts/existing_data_points", Kind.FREE, Family.FILTERS),
    FILTER_CONTACT_COUNTRIES("GET", "/prospecting/filters/contacts/all_countries", Kind.FREE, Family.FILTERS),
    FILTER_CONTACT_LOCATIONS("POST", "/prospecting/filters/contacts/locations", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_NAMES("POST", "/prospecting/filters/companies/names", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_INDUSTRIES("GET", "/prospecting/filters/companies/industries_labels", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_SIZES("GET", "/prospecting/filters/companies/sizes", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_REVENUES("GET", "/prospecting/filters/companies/revenues", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_LOCATIONS("POST", "/prospecting/filters/companies/locations", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_SICS("GET", "/prospecting/filters/companies/sics", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_NAICS("GET", "/prospecting/filters/companies/naics", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_INTENT_TOPICS("GET", "/prospecting/filters/companies/intent_topics", Kind.FREE, Family.FILTERS),
    FILTER_COMPANY_TECHNOLOGIES("POST", "/prospecting/filters/companies/technologies", Kind.FREE, Family.FILTERS),

    SIGNAL_OPTIONS("GET", "/api/signals/filters/{objectType}", Kind.FREE, Family.SIGNALS),
    CONTACT_SIGNALS("POST", "/api/signals/contacts", Kind.CREDIT, Family.SIGNALS),
    CONTACT_SIGNALS_SEARCH("POST", "/api/signals/contacts/search", Kind.CREDIT, Family.SIGNALS),
    COMPANY_SIGNALS("POST", "/api/signals/companies", Kind.CREDIT, Family.SIGNALS),
    COMPANY_SIGNALS_SEARCH("POST", "/api/signals/companies/search", Kind.CREDIT, Family.SIGNALS),

    CONTACT_RECOMMENDATIONS("POST", "/api/recommendations/contacts", Kind.CREDIT, Family.LOOKALIKES),
    COMPANY_RECOMMENDATIONS("POST", "/api/recommendations/companies", Kind.CREDIT, Family.LOOKALIKES),
    CONTACT_LOOKALIKES("POST", "/v3/lookalike/contacts", Kind.CREDIT, Family.LOOKALIKES),
    COMPANY_LOOKALIKES("POST", "/v3/lookalike/companies", Kind.CREDIT, Family.LOOKALIKES),

    SUBSCRIPTIONS_CREATE("POST", "/api/subscriptions", Kind.STATE_CHANGING, Family.WEBHOOK_MANAGEMENT),
    SUBSCRIPTIONS_LIST("GET", "/api/subscriptions", Kind.FREE, Family.WEBHOOK_MANAGEMENT),
    SUBSCRIPTION_GET("GET", "/api/subscriptions/{id}", Kind.FREE, Family.WEBHOOK_MANAGEMENT),
    SUBSCRIPTION_UPDATE("PATCH", "/api/subscriptions/{id}", Kind.STATE_CHANGING, Family.WEBHOOK_MANAGEMENT),
    SUBSCRIPTIONS_DELETE("POST", "/api/subscriptions/delete", Kind.STATE_CHANGING, Family.WEBHOOK_MANAGEMENT),
    SUBSCRIPTION_TEST("POST", "/api/subscriptions/{id}/test", Kind.STATE_CHANGING, Family.WEBHOOK_MANAGEMENT),
    OPT_OUT_SUBSCRIPTION_CREATE("POST", "/api/subscriptions/opt-out", Kind.STATE_CHANGING, Family.WEBHOOK_MANAGEMENT),
    AUDIT_LOGS("GET", "/api/audit-logs", Kind.FREE, Family.WEBHOOK_MANAGEMENT),
    AUDIT_LOG_STATS("GET", "/api/audit-logs/stats", Kind.FREE, Family.WEBHOOK_MANAGEMENT),
    ACCOUNT_SECRET("GET", "/api/account/secret", Kind.FREE, Family.WEBHOOK_MANAGEMENT),
    ACCOUNT_SECRET_REGENERATE("POST", "/api/account/secret/regenerate", Kind.STATE_CHANGING, Family.WEBHOOK_MANAGEMENT),

    ACCOUNT_USAGE("GET", "/account/usage", Kind.FREE, Family.ACCOUNT_USAGE);

    /**
     * What a call may do to the account, which decides what may be retried when its outcome is unknown (an answer
     * that may come after the work was done: most 5xx, a timeout, a connection that broke once the request was sent).
     */
    public enum Kind {
        /** Spends credits: an unknown outcome is never retried, since a second call could be charged again. */
        CREDIT,
        /** Reads only: an unknown outcome is retried, since a second call changes nothing. */
        FREE,
        /**
         * Creates or changes something (a subscription, the account's secret): an unknown outcome is never retried,
         * since a second call could create a duplicate or undo a change. The caller looks up what exists and
         * reconciles instead. Failures known to come before any work (no connection, a 429) are retried.
         */
        STATE_CHANGING
    }

    /** Groups of endpoints that share one of Lusha's documented rate limits. */
    public enum Family {
        ENRICHMENT,
        PROSPECTING,
        FILTERS,
        SIGNALS,
        LOOKALIKES,
        WEBHOOK_MANAGEMENT,
        ACCOUNT_USAGE
    }

    private final String method;
    private final String path;
    private final Kind kind;
    private final Family family;

    LushaEndpoint(String method, String path, Kind kind, Family family) {
        this.method = method;
        this.path = path;
        this.kind = kind;
        this.family = family;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    public Family family() {
        return family;
    }

    /** The {@code METHOD /path} name used in metrics and in the simulator's stats. */
    public String key() {
        return method + " " + path;
    }
}
