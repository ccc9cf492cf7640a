package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exponential backoff with full jitter: the ceiling doubles from the base up to the cap. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @ParameterizedTest(name = "retry {0} waits up to {1} ms")
    @CsvSource({ "1, 1000", "2, 2000", "3, 4000", "4, 8000", "6, 32000", "7, 60000", "30, 60000" })
    void theCeilingDoublesUpToTheCap(int retry, long ceiling) {
        assertThat(backoff.ceilingMillis(retry)).isEqualTo(ceiling);
        assertThat(backoff.delay(retry, bound -> bound)).isEqualTo(Duration.ofMillis(ceiling));
        assertThat(backoff.delay(retry, bound -> 0)).isZero();
    }
}
