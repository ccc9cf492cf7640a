package io.lushagraph.simulator.gate;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.lushagraph.config.LushaConfig;

/**
 * The account's daily, hourly and per-minute request quotas on calendar windows (UTC), reported on every response
 * in Lusha's nine {@code x-*} headers. A request over any quota is a 429 with Lusha's message for that window.
 */
@Singleton
public class QuotaWindows {

    private final Clock clock;
    private final Window[] windows;

    @Inject
    public QuotaWindows(LushaConfig config) {
        this(Clock.systemUTC(), config.simulator().dailyQuota(), config.simulator().hourlyQuota(),
                config.simulator().minuteQuota());
    }

    public QuotaWindows(Clock clock, long daily, long hourly, long minute) {
        this.clock = clock;
        this.windows = new Window[] { new Window(Kind.DAILY, daily), new Window(Kind.HOURLY, hourly),
                new Window(Kind.MINUTE, minute) };
    }

    /** Counts the request against every window, or names the first window it would exceed. */
    public synchronized Optional<Throttle> tryAcquire() {
        long now = roll();
        for (Window window : windows) {
            if (window.used >= window.limit) {
                long reset = (window.index + 1) * window.kind.seconds - now;
                return Optional.of(new Throttle(window.limit, reset, window.kind.message(window.limit, reset)));
            }
        }
        for (Window window : windows) {
            window.used++;
        }
        return Optional.empty();
    }

    /** {@code x-rate-limit-daily}, {@code x-daily-requests-left}, {@code x-daily-usage}, and so per hour and minute. */
    public synchronized Map<String, String> headers() {
        roll();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Window window : windows) {
            String name = window.kind.header;
            headers.put("x-rate-limit-" + name, Long.toString(window.limit));
            headers.put("x-" + name + "-requests-left", Long.toString(Math.max(0, window.limit - window.used)));
            headers.put("x-" + name + "-usage", Long.toString(window.used));
        }
        return headers;
    }

    public synchronized void reset() {
        for (Window window : windows) {
            window.used = 0;
        }
    }

    /** Moves every window to the current period, returning the current epoch second. */
    private long roll() {
        long now = clock.millis() / 1000;
        for (Window window : windows) {
            long index = now / window.kind.seconds;
            if (index != window.index) {
                window.index = index;
                window.used = 0;
            }
        }
        return now;
    }

    private enum Kind {
        DAILY("daily", 86_400),
        HOURLY("hourly", 3_600),
        MINUTE("minute", 60);

        private final String header;
        private final long seconds;

        Kind(String header, long seconds) {
            this.header = header;
            this.seconds = seconds;
        }

        String message(long limit, long resetSeconds) {
            return switch (this) {
                case DAILY -> "Daily API quota limit exceeded. Limit " + limit + " calls per day";
                case HOURLY -> "Hourly API rate limit exceeded. Limit: " + limit + " calls per hour. Reset in "
                        + resetSeconds + " seconds";
                case MINUTE -> "Minute API rate limit exceeded. Limit: " + limit + " calls per minute. Reset in "
                        + resetSeconds + " seconds";
            };
        }
    }

    private static final class Window {
        private final Kind kind;
        private final long limit;
        private long index = -1;
        private long used;

        Window(Kind kind, long limit) {
            this.kind = kind;
            this.limit = limit;
        }
    }
}
