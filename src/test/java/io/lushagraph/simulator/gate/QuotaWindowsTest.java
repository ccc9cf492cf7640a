package io.lushagraph.simulator.gate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.MutableClock;

class QuotaWindowsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:15:20Z"));

    @Test
    void theMinuteQuotaRejectsUntilTheNextMinute() {
        QuotaWindows quotas = new QuotaWindows(clock, 100, 100, 2);
        quotas.tryAcquire();
        quotas.tryAcquire();

        Throttle throttle = quotas.tryAcquire().orElseThrow();

        assertThat(throttle.message())
                .isEqualTo("Minute API rate limit exceeded. Limit: 2 calls per minute. Reset in 40 seconds");
        assertThat(throttle.reply().headers()).containsEntry("RateLimit-Limit", "2")
                .containsEntry("RateLimit-Remaining", "0").containsEntry("RateLimit-Reset", "40");
        clock.advance(Duration.ofSeconds(40));
        assertThat(quotas.tryAcquire()).isEmpty();
    }

    @Test
    void theHourlyQuotaNamesSecondsUntilTheHourTurns() {
        QuotaWindows quotas = new QuotaWindows(clock, 100, 1, 100);
        quotas.tryAcquire();

        assertThat(quotas.tryAcquire().orElseThrow().message())
                .isEqualTo("Hourly API rate limit exceeded. Limit: 1 calls per hour. Reset in 2680 seconds");
    }

    @Test
    void theDailyQuotaUsesLushasMessageAndResetsAtMidnightUtc() {
        QuotaWindows quotas = new QuotaWindows(clock, 1, 100, 100);
        quotas.tryAcquire();

        assertThat(quotas.tryAcquire().orElseThrow().message())
                .isEqualTo("Daily API quota limit exceeded. Limit 1 calls per day");
        clock.advance(Duration.ofHours(14));
        assertThat(quotas.tryAcquire()).isEmpty();
    }

    @Test
    void headersReportLimitsUsageAndWhatIsLeftAndRejectionsAreNotCounted() {
        QuotaWindows quotas = new QuotaWindows(clock, 10, 5, 1);
        quotas.tryAcquire();
        quotas.tryAcquire();

        assertThat(quotas.headers()).containsExactly(
                entry("x-rate-limit-daily", "10"), entry("x-daily-requests-left", "9"),
                entry("x-daily-usage", "1"), entry("x-rate-limit-hourly", "5"),
                entry("x-hourly-requests-left", "4"), entry("x-hourly-usage", "1"),
                entry("x-rate-limit-minute", "1"), entry("x-minute-requests-left", "0"),
                entry("x-minute-usage", "1"));
        quotas.reset();
        assertThat(quotas.headers()).containsEntry("x-daily-usage", "0").containsEntry("x-minute-requests-left", "1");
    }
}
