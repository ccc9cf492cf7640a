package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A company's funding history; dates are Lusha's display strings such as {@code "Nov 10, 2021"}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Round(String currency, Long roundAmount, String roundType, String roundDate) {
    }
}
