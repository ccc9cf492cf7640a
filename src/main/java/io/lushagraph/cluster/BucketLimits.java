package io.lushagraph.cluster;

import io.github.bucket4j.BucketConfiguration;

/**
 * The limits of one kind of bucket, whole or as one replica's share: {@code share(1)} is what every replica together
 * may do; {@code share(n)} is what one of {@code n} replicas may do alone while Redis is unreachable. A share rounds
 * down (never below 1), so that the replicas together never pass the whole.
 */
@FunctionalInterface
public interface BucketLimits {

    BucketConfiguration share(int parts);

    /** {@code limit / parts}, rounded down, at least 1. */
    static long part(long limit, int parts) {
        return Math.max(1, limit / Math.max(1, parts));
    }
}
