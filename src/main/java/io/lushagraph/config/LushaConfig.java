package io.lushagraph.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the gateway finds Lusha and how the embedded simulator behaves.
 */
@ConfigMapping(prefix = "lusha")
public interface LushaConfig {

    /** Base URL of the Lusha REST API; the dev and test profiles point it at the embedded simulator. */
    @WithDefault("https://api.lusha.com")
    String baseUrl();

    /** The account's Lusha API key (env {@code LUSHA_API_KEY}), sent as header {@code api_key}. Never logged. */
    Optional<String> apiKey();

    /** The embedded Lusha simulator. */
    Simulator simulator();

    interface Simulator {

        /** Mounts the simulator at {@code /lusha-sim} on the gateway's own HTTP server. */
        @WithDefault("false")
        boolean enabled();

        /** The API key the simulator accepts; any other key is answered with 401. */
        @WithDefault("sim-key")
        String apiKey();

        /**
         * More keys the simulator accepts, standing for other Lusha accounts that see the same data (for tenants
         * with their own {@code lusha-api-key}); none by default.
         */
        Optional<List<String>> extraApiKeys();

        /** Seed of the synthetic universe: the same seed gives the same people and companies. */
        @WithDefault("20260101")
        long seed();

        /** Number of people in the universe. */
        @WithDefault("100000")
        int people();

        /** Number of companies in the universe. */
        @WithDefault("10000")
        int companies();

        /** Requests per second allowed per endpoint before a 429; 0 turns the limit off. */
        @WithDefault("25")
        int rateLimitPerSecond();

        /** Requests per minute allowed on {@code GET /account/usage}; 0 turns the limit off. */
        @WithDefault("5")
        int usageRateLimitPerMinute();

        /** Requests per minute the account may make to the webhook management endpoints; 0 turns the limit off. */
        @WithDefault("100")
        int webhookRateLimitPerMinute();

        /** Delay before the first retry of a failed webhook delivery; each further retry waits twice as long. */
        @WithDefault("1s")
        Duration webhookRetryBase();

        /** How long a webhook receiver has to acknowledge a delivery or answer a URL challenge. */
        @WithDefault("10s")
        Duration webhookAckTimeout();

        /** Requests per day the account may make, reported in {@code x-rate-limit-daily}. */
        @WithDefault("100000")
        int dailyQuota();

        /** Requests per hour the account may make, reported in {@code x-rate-limit-hourly}. */
        @WithDefault("20000")
        int hourlyQuota();

        /** Requests per minute the account may make, reported in {@code x-rate-limit-minute}. */
        @WithDefault("5000")
        int minuteQuota();

        /** Credits in the account's {@code bulkCredits} pool. */
        @WithDefault("1000000")
        long credits();

        /** How many prospecting searches the simulator remembers for enrichment; the oldest are forgotten first. */
        @WithDefault("10000")
        int prospectingSearches();

        /** How long a prospecting search's {@code requestId} stays valid for enrichment. */
        @WithDefault("1h")
        Duration prospectingSearchTtl();

        /**
         * Most lookalike sessions ({@code dedupeSessionId}s and recommendation {@code requestId}s) remembered at once;
         * beyond it sessions are forgotten (Caffeine's size eviction), as are sessions idle for 30 days.
         */
        @WithDefault("10000")
        int lookalikeSessions();
    }
}
