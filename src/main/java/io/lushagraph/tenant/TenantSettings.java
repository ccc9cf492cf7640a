package io.lushagraph.tenant;

import io.lushagraph.upstream.LushaAccount;

/**
 * What the gateway allows one tenant, and the Lusha account it spends.
 *
 * @param perSecond inbound requests per second refilled
 * @param burst inbound requests that may arrive at once
 * @param dailyCredits Lusha credits the tenant may spend per UTC day
 * @param maxQueryCost most one HTTP request may cost before it runs
 * @param admin may run account-wide operations
 * @param revealContactData may ask for people's emails and phones
 */
public record TenantSettings(String tenant, int perSecond, int burst, long dailyCredits, int maxQueryCost,
        boolean admin, boolean revealContactData, LushaAccount account) {

    public static final String DEFAULT_PER_SECOND = "10";
    public static final String DEFAULT_BURST = "20";
    public static final String DEFAULT_DAILY_CREDITS = "1000";
    public static final String DEFAULT_MAX_QUERY_COST = "500";

    /** A tenant with the defaults, such as the anonymous tenant of the dev profile. */
    static TenantSettings defaults(String tenant, LushaAccount account) {
        return new TenantSettings(tenant, Integer.parseInt(DEFAULT_PER_SECOND), Integer.parseInt(DEFAULT_BURST),
                Long.parseLong(DEFAULT_DAILY_CREDITS), Integer.parseInt(DEFAULT_MAX_QUERY_COST), true, true, account);
    }
}
