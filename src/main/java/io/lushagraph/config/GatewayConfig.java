package io.lushagraph.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.lushagraph.tenant.TenantSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every {@code gateway.*} setting: batching, tenants, filter catalogs and (in later slices) limits and webhooks.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** How lookups are grouped into Lusha's bulk endpoints. */
    Batch batch();

    /** Tenants by name; each authenticates with {@code Authorization: Bearer <api-key>}. */
    Map<String, Tenant> tenants();

    /** How callers without a credential are treated. */
    Auth auth();

    /** Where durable state lives. */
    Store store();

    /** State shared by several replicas through Redis; without a Redis URL each replica keeps its own. */
    Cluster cluster();

    interface Cluster {

        /** {@code redis://host:port}: tenant buckets, pacing buckets and event fan-out in Redis; empty: one replica. */
        Optional<String> redisUrl();

        /** Longest an inbound limiter call may wait for Redis before the Redis-down policy applies. */
        @WithDefault("50ms")
        Duration redisTimeout();

        /** Longest an upstream pacing reservation may wait for Redis (its call may wait seconds for its turn anyway). */
        @WithDefault("1s")
        Duration pacingTimeout();

        /** How long the policy applies after Redis failed before Redis is tried again. */
        @WithDefault("1s")
        Duration retryInterval();

        /** What limits do while Redis is unreachable. */
        @WithDefault("local-share")
        RedisDownPolicy onRedisDown();

        /** Replicas sharing the limits: while Redis is down each enforces this share of every limit. */
        @WithDefault("2")
        int replicas();

        /** Prefix of every Redis key and channel, so that several gateways can share one Redis. */
        @WithDefault("lusha-graph")
        String keyPrefix();

        /** How often a replica reads opt-outs other replicas stored, in case their Redis message was lost. */
        @WithDefault("5s")
        Duration suppressionSync();

        enum RedisDownPolicy {
            /** Fail open: each replica enforces its share ({@code 1/replicas}) of each limit on its own. */
            LOCAL_SHARE,
            /** Fail closed: inbound requests get 429 {@code RATE_LIMITED} and upstream calls wait or fail typed. */
            REJECT
        }
    }

    interface Store {

        /**
         * JDBC URL of the durable store: {@code jdbc:h2:...} (the default, an embedded file database under
         * {@code ./data}) or {@code jdbc:postgresql://...}. Chosen at run time; no rebuild.
         */
        @WithDefault("jdbc:h2:file:./data/lusha-graph;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
        String url();

        /** Database user; H2 needs none. */
        Optional<String> username();

        /** Database password; never logged. */
        Optional<String> password();
    }

    /** The webhook receiver at {@code /webhooks/lusha} and the processing of what it stores. */
    Webhooks webhooks();

    interface Webhooks {

        /**
         * The address Lusha reaches this gateway's receiver at, e.g. {@code https://graph.example.com/webhooks/lusha}.
         * Subscriptions created without a {@code url} point here. Unset: with the embedded simulator, this server's
         * own {@code /webhooks/lusha}; otherwise such a creation is refused with {@code INVALID_INPUT}.
         */
        Optional<String> publicUrl();

        /** Most subscriptions one {@code createWebhookSubscriptions} or {@code deleteWebhookSubscriptions} may name. */
        @WithDefault("100")
        int maxBatch();

        /** How far {@code X-Lusha-Timestamp} may be from this clock, in either direction. */
        @WithDefault("300s")
        Duration tolerance();

        /** Largest delivery body accepted, in bytes; larger ones get 413 before any signature work. */
        @WithDefault("262144")
        int maxBodyBytes();

        /** How often the worker looks for stored deliveries that are due for processing. */
        @WithDefault("1s")
        Duration pollInterval();

        /** First retry delay after a failed processing attempt; doubles per attempt, with jitter. */
        @WithDefault("1s")
        Duration retryBackoff();

        /** Longest retry delay. */
        @WithDefault("5m")
        Duration maxRetryBackoff();

        /**
         * How long a worker holds a stored delivery it is processing. If its replica stops meanwhile, any replica
         * processes the delivery again once the lease runs out; a repeat of an event already handed on is skipped.
         */
        @WithDefault("1m")
        Duration lease();

        /** Processing attempts before a delivery is marked blocked (kept, logged and counted, never dropped). */
        @WithDefault("10")
        int maxAttempts();

        /** How long processed deliveries (and so their dedupe keys) are kept; at least 30 days. */
        @WithDefault("35d")
        Duration retention();
    }

    /** Opt-out enforcement. */
    OptOut optout();

    interface OptOut {

        /**
         * Secret pepper of the salted hashes kept for opted-out emails and phones. Required outside the dev and test
         * profiles; changing it makes earlier hashes unmatchable. Never logged.
         */
        String pepper();
    }

    /** Prospecting searches and the enrichment of their rows. */
    Prospecting prospecting();

    /** How Lusha calls are paced, retried and cut off while Lusha fails, per Lusha account and endpoint. */
    Upstream upstream();

    /** Limits on lookalike expansions. */
    Lookalikes lookalikes();

    interface Lookalikes {

        /**
         * Most people and companies whose {@code lookalikes} one GraphQL request may expand. Each expansion is its
         * own Lusha call and spends credits, so a request asking for more fails with {@code INVALID_INPUT}.
         */
        @WithDefault("25")
        int maxParents();
    }

    /** How filter catalogs, filter text searches and signal options are cached per Lusha account. */
    Catalog catalog();

    /** How enrichment answers (person and company lookups) are cached. */
    Cache cache();

    interface Cache {

        /**
         * How long a person or company found by a lookup is kept, per Lusha account and reveal options; a cached
         * answer makes no upstream call and spends no credit. Opt-outs purge the person cache.
         */
        @WithDefault("1h")
        Duration enrichmentTtl();

        /** Most answers each enrichment cache (person, company) holds; the least used go first. */
        @WithDefault("100000")
        long enrichmentMaxEntries();
    }

    interface Auth {

        /**
         * The tenant a caller with no {@code Authorization} header becomes. Unset (every profile but dev): such a
         * caller gets HTTP 401. The dev profile sets {@code dev} so GraphiQL works with no setup.
         */
        Optional<String> anonymousTenant();

        /** JWT bearer tokens, a second way in beside tenant keys. */
        Jwt jwt();
    }

    interface Jwt {

        /**
         * RSA public key (PEM, or base64 of its X.509 encoding) that signs accepted tokens (RS256). Unset: JWTs are
         * not accepted.
         */
        Optional<String> publicKey();

        /** The issuer ({@code iss}) accepted tokens must carry; any when unset. */
        Optional<String> issuer();

        /**
         * The audience ({@code aud}) accepted tokens must name; when unset, the audience is not checked. Set it when
         * the issuer also mints tokens for other services, so that their tokens do not open this gateway.
         */
        Optional<String> audience();

        /** The claim that names the tenant; it must name a configured tenant. */
        @WithDefault("tenant")
        String tenantClaim();
    }

    interface Batch {

        /**
         * How long concurrent single lookups of one account and one set of options wait to share a bulk call;
         * {@code 0} turns cross-request coalescing off (identical keys in flight still share one lookup).
         */
        @WithDefault("5ms")
        Duration window();

        /** Most lookups in one bulk call; Lusha's bulk endpoints take at most 100. */
        @WithDefault("100")
        int maxSize();
    }

    interface Prospecting {

        /**
         * How many searches the gateway remembers the row ids of, so that an id from another search is refused
         * without a call to Lusha; the oldest are forgotten first.
         */
        @WithDefault("10000")
        int rememberedSearches();

        /** How long a search's row ids are remembered; after that, Lusha alone checks the ids it is sent. */
        @WithDefault("1h")
        Duration searchMemory();
    }

    interface Catalog {

        /**
         * How long a static filter catalog or a list of signal options is kept. Past it the entry is gone and the
         * next request waits for Lusha.
         */
        @WithDefault("24h")
        Duration ttl();

        /**
         * Age after which the next request for a static catalog starts one background refresh and is still served
         * the cached value; a failed refresh keeps it. Meant to be under {@code ttl}.
         */
        @WithDefault("23h")
        Duration refreshAfter();

        /** How long the answer of a text search (locations, company names, technologies) is kept, per text. */
        @WithDefault("10m")
        Duration searchTtl();

        /** Most text search answers kept at once, across accounts; the least used go first. */
        @WithDefault("10000")
        long searchMaxEntries();
    }

    interface Tenant {

        /** The tenant's gateway API key. Kept only as a SHA-256 hash in memory. */
        String apiKey();

        /** Inbound requests the tenant may make, checked before GraphQL runs. */
        RateLimit rateLimit();

        /** Lusha credits the tenant may spend. */
        Credits credits();

        /**
         * Most a single HTTP request may cost, counted before it runs: one point per field, plus the credits its
         * lookups could spend. The default refuses, for example, 200 person lookups in one request.
         */
        @WithDefault(TenantSettings.DEFAULT_MAX_QUERY_COST)
        int maxQueryCost();

        /** The tenant's own Lusha account key: its own batching lanes, pacing and caches. Unset: the gateway's. */
        Optional<String> lushaApiKey();

        /** May run {@code refreshFilterCatalogs} and other account-wide operations. */
        @WithDefault("false")
        boolean admin();

        /**
         * May ask for people's emails and phones. A tenant that may not is refused ({@code FORBIDDEN}) before any
         * call when a request selects them.
         */
        @WithDefault("true")
        boolean revealContactData();

        interface RateLimit {

            /** Requests per second refilled, steadily. */
            @WithDefault(TenantSettings.DEFAULT_PER_SECOND)
            int perSecond();

            /** Requests that may arrive at once after a quiet spell. */
            @WithDefault(TenantSettings.DEFAULT_BURST)
            int burst();
        }

        interface Credits {

            /** Lusha credits the tenant may spend per UTC day; a reveal that would pass it is refused. */
            @WithDefault(TenantSettings.DEFAULT_DAILY_CREDITS)
            long daily();
        }
    }

    /** Limits on inbound requests, per tenant. */
    Limits limits();

    /** Limits on the shape of a GraphQL request, checked before it runs; its cost limit is per tenant. */
    Query query();

    interface Query {

        /** Deepest field nesting allowed (GraphiQL's introspection query needs 13). */
        @WithDefault("15")
        int maxDepth();

        /** Most aliased fields in one request. */
        @WithDefault("30")
        int maxAliases();

        /** Most root fields in one request. */
        @WithDefault("20")
        int maxRootFields();

        /** Most tokens the parser reads of a document before refusing it (GraphiQL's introspection needs ~300). */
        @WithDefault("5000")
        int maxTokens();

        /** Most whitespace, comma and comment tokens the parser reads of a document before refusing it. */
        @WithDefault("50000")
        int maxWhitespaceTokens();
    }

    interface Limits {

        /** Most tenants whose rate-limit state is kept at once; the least recently seen go first. */
        @WithDefault("100000")
        long maxTenants();

        /** How long an idle tenant's rate-limit state is kept. */
        @WithDefault("1h")
        Duration idleExpiry();
    }

    interface Upstream {

        /**
         * Longest one attempt waits for Lusha's answer. Past it the attempt fails; a credit-spending call then fails
         * with {@code UPSTREAM_OUTCOME_UNKNOWN} and is never retried, a free call may be retried.
         */
        @WithDefault("10s")
        Duration attemptTimeout();

        /** Retries of failures that are safe to retry. */
        Retry retry();

        /** Outbound pacing, so that calls wait for their turn instead of provoking Lusha's 429s. */
        Pacing pacing();

        /** Circuit breakers per endpoint, and the account-wide blocks after a 402 or a used-up daily quota. */
        Breaker breaker();

        /** Most calls in flight per endpoint. */
        Bulkhead bulkhead();
    }

    interface Retry {

        /** Most attempts of one call, the first included; {@code 1} turns retries off. */
        @WithDefault("3")
        int maxAttempts();

        /** Ceiling of the first backoff delay; each retry doubles it, and the delay is drawn from 0 to it. */
        @WithDefault("1s")
        Duration baseDelay();

        /** Largest backoff ceiling. */
        @WithDefault("60s")
        Duration maxDelay();

        /** Share of the calls in flight that may be retries at the same time. */
        @WithDefault("0.2")
        double budgetRatio();

        /** Retries that may be in flight at the same time however few calls are. */
        @WithDefault("3")
        int budgetMin();
    }

    interface Pacing {

        /**
         * Most calls per second to one endpoint of one Lusha account, counted over any one-second window;
         * {@code 0} turns pacing off. Lusha allows 25: the default keeps 5 spare for calls that bunch up on their
         * way (new connections, a busy event loop), which Lusha would count in one of its windows.
         */
        @WithDefault("20")
        int perSecond();

        /** How many of those may go at once; the rest are spread evenly over the second. */
        @WithDefault("5")
        int burst();

        /** Most {@code GET /account/usage} calls per minute and account (Lusha allows 5). */
        @WithDefault("5")
        int usagePerMinute();

        /** Most calls per minute and account shared by all webhook management endpoints (Lusha allows 100). */
        @WithDefault("100")
        int webhookManagementPerMinute();

        /**
         * Longest a call waits for its turn, or for the reset Lusha announced in a 429; past it the call fails with
         * {@code UPSTREAM_RATE_LIMITED} and without a call to Lusha.
         */
        @WithDefault("10s")
        Duration maxWait();

        /** Most account and endpoint pairs whose pacing state is kept; the least recently used go first. */
        @WithDefault("10000")
        long maxBuckets();

        /**
         * How late a call may go after its turn came. A call that finds its thread busy longer than this (a busy
         * event loop, a pause) takes one new turn instead of going out together with the calls of later turns, so
         * that Lusha seldom counts more than {@code per-second} in a window (a call late again goes anyway);
         * {@code 0} turns the check off.
         */
        @WithDefault("100ms")
        Duration maxLateness();
    }

    interface Breaker {

        /** How many of the latest calls to an endpoint the breaker looks at. */
        @WithDefault("20")
        int requestVolume();

        /**
         * Share of those that must have failed with a 5xx, a timeout or a connect failure for the breaker to open;
         * 4xx answers never count.
         */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker fails calls fast before it lets one probe through. */
        @WithDefault("5s")
        Duration delay();

        /** How long a 402 from Lusha makes the account's credit-spending calls fail fast as PAYMENT_REQUIRED. */
        @WithDefault("5m")
        Duration creditsDelay();

        /**
         * How long a used-up daily or trial quota makes every call of the account fail fast, when Lusha's answer
         * says nothing of the reset.
         */
        @WithDefault("1h")
        Duration quotaDelay();
    }

    interface Bulkhead {

        /** Most calls to one endpoint in flight at once, pacing waits included. */
        @WithDefault("25")
        int maxConcurrent();

        /** Calls that may queue for a slot; past it calls fail with {@code UPSTREAM_UNAVAILABLE}. */
        @WithDefault("500")
        int queue();
    }
}
