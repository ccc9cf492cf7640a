package io.lushagraph.simulator.gate;

import java.util.Arrays;
import java.util.List;
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
    COMPANY_SIGNALS_SEARCH("POST", "/api/signals/companies/search"),

    SUBSCRIPTIONS_CREATE("POST", "/api/subscriptions"),
    SUBSCRIPTIONS_LIST("GET", "/api/subscriptions"),
    SUBSCRIPTION_GET("GET", "/api/subscriptions/{id}"),
    SUBSCRIPTION_UPDATE("PATCH", "/api/subscriptions/{id}"),
    SUBSCRIPTIONS_DELETE("POST", "/api/subscriptions/delete"),
    SUBSCRIPTION_TEST("POST", "/api/subscriptions/{id}/test"),
    OPT_OUT_SUBSCRIPTION("POST", "/api/subscriptions/opt-out"),
    AUDIT_LOGS("GET", "/api/audit-logs"),
    AUDIT_LOG_STATS("GET", "/api/audit-logs/stats"),
    ACCOUNT_SECRET("GET", "/api/account/secret"),
    ACCOUNT_SECRET_REGENERATE("POST", "/api/account/secret/regenerate");

    private final String key;
    private final boolean webhookManagement;

    SimEndpoint(String method, String path) {
        this.key = method + " " + path;
        this.webhookManagement = WebhookPaths.isManagement(path);
    }

    /** Whether the endpoint manages webhooks, sharing the account's per-minute webhook management limit. */
    public boolean webhookManagement() {
        return webhookManagement;
    }

    /** {@code METHOD /path-template}, e.g. {@code POST /v2/person}. */
    public String key() {
        return key;
    }

    /** The path prefixes of Lusha's webhook management API (Lusha's Webhooks operations, under {@code /api}). */
    private static final class WebhookPaths {

        private static final List<String> PREFIXES = List.of("/api/subscriptions", "/api/audit-logs",
                "/api/account/secret");

        static boolean isManagement(String path) {
            return PREFIXES.stream().anyMatch(path::startsWith);
        }
    }

    public static Optional<SimEndpoint> byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
