package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

/**
 * A company's funding history; dates are Lusha's display strings such as {@code "Nov 10, 2021"}.
 */
public record Funding(
        List<Round> rounds,
        Integer totalRounds,
        Long totalRoundsAmount,
        String currency,
        Boolean isIpo,
        String lastRoundType,
        Long lastRoundAmount,
        String lastRoundDate) {

    public Funding {
        rounds = Objects.requireNonNullElse(rounds, List.of());
    }

    /** One funding round. */
    public record Round(String currency, Long roundAmount, String roundType, String roundDate) {
    }
}
