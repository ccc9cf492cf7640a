package io.lushagraph.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.lushagraph.cluster.RedisLink;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.config.GatewayConfig.Cluster.RedisDownPolicy;
import io.smallrye.health.api.Wellness;

/**
 * Redis as the replicas' shared state, in two checks. Readiness: with the {@code local-share} policy a replica without
 * Redis still serves (within its share of each limit), so it stays ready and says so in its data; with {@code reject}
 * it refuses every request, so it is not ready. Wellness ({@code /q/health/well}) is DOWN whenever Redis is configured
 * and unreachable, whatever the policy, for alerting.
 */
public final class RedisHealth {

    private RedisHealth() {
    }

    static HealthCheckResponseBuilder describe(RedisLink redis, GatewayConfig config) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("redis");
        if (!redis.enabled()) {
            return builder.up().withData("mode", "single replica (gateway.cluster.redis-url not set)");
        }
        boolean connected = redis.available();
        return builder.withData("connected", connected).withData("policy",
                config.cluster().onRedisDown().name().toLowerCase().replace('_', '-'))
                .withData("mode", connected ? "shared" : "degraded: limits enforced per replica or refused");
    }

    /** Ready unless Redis is down and the policy refuses without it. */
    @Readiness
    @Singleton
    public static class Ready extends Check {

        public Ready(RedisLink redis, GatewayConfig config) {
            super(redis, config, false);
        }
    }

    /** DOWN whenever Redis is configured and unreachable. */
    @Wellness
    @Singleton
    public static class Well extends Check {

        public Well(RedisLink redis, GatewayConfig config) {
            super(redis, config, true);
        }
    }

    abstract static class Check implements HealthCheck {

        private final RedisLink redis;
        private final GatewayConfig config;
        private final boolean downWhenUnreachable;

        Check(RedisLink redis, GatewayConfig config, boolean downWhenUnreachable) {
            this.redis = redis;
            this.config = config;
            this.downWhenUnreachable = downWhenUnreachable;
        }

        @Override
        public HealthCheckResponse call() {
            boolean unreachable = redis.enabled() && !redis.available();
            boolean down = unreachable
                    && (downWhenUnreachable || config.cluster().onRedisDown() == RedisDownPolicy.REJECT);
            return describe(redis, config).status(!down).build();
        }
    }
}
