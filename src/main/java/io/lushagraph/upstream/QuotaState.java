package io.lushagraph.upstream;

import java.time.Instant;

/**
 * What Lusha last said about an account's request quota, read from the {@code x-rate-limit-*},
 * {@code x-*-requests-left} and {@code x-*-usage} headers. A window Lusha did not report is {@code null}.
 */
public record QuotaState(Window daily, Window hourly, Window minute, Instant observedAt) {

    /** One quota window: its limit, what is left and what was used. */
    public record Window(Long limit, Long remaining, Long used) {
    }
}
