package io.lushagraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Buckets shared through the machine's Redis (127.0.0.1:6379). Concurrent calls to one bucket are sent to Redis
 * together; each caller must still get its own answer, and the bucket must never give out more than it holds.
 */
@QuarkusTest
@TestProfile(SharedBucketsRedisTest.OnRedis.class)
class SharedBucketsRedisTest {

    /** The gateway on the machine's Redis, under a key prefix of its own. */
    public static class OnRedis implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.cluster.redis-url", "redis://127.0.0.1:6379",
                    "gateway.cluster.key-prefix", "lusha-graph-test-" + UUID.randomUUID(),
                    // the machine may be busy; this test is about answers, not about the fallback
                    "gateway.cluster.redis-timeout", "2s");
        }
    }

    private static final BucketLimits TEN_AN_HOUR = parts -> BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(10).refillIntervally(10, Duration.ofHours(1))).build();

    @Inject
    SharedBuckets buckets;

    @Inject
    RedisLink redis;

    @BeforeEach
    void connected() {
        await().atMost(Duration.ofSeconds(10)).until(redis::available);
    }

    @Test
    void twoHundredConcurrentCallsTakeExactlyTheTenTokensThereAreEachWithItsOwnAnswer() {
        SharedBuckets.Space space = buckets.space("test", 100, Duration.ofMinutes(1));
        String key = "bucket-" + UUID.randomUUID();
        List<CompletableFuture<ConsumptionProbe>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(space.tryConsume(key, TEN_AN_HOUR, 1).toCompletableFuture());
        }
        List<ConsumptionProbe> probes = calls.stream().map(CompletableFuture::join).toList();

        List<ConsumptionProbe> consumed = probes.stream().filter(ConsumptionProbe::isConsumed).toList();
        assertThat(consumed).hasSize(10);
        assertThat(consumed.stream().map(ConsumptionProbe::getRemainingTokens).collect(Collectors.toSet()))
                .as("each caller saw its own place in the bucket").containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L,
                        6L, 7L, 8L, 9L);
        assertThat(probes.stream().filter(probe -> !probe.isConsumed()))
                .allSatisfy(probe -> assertThat(probe.getNanosToWaitForRefill()).isPositive());
        assertThat(redis.available()).as("answered by Redis, not by the fallback").isTrue();
        assertThat(space.tracked()).as("nothing kept in memory: the bucket is in Redis").isZero();
    }
}
